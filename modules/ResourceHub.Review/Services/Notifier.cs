using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ResourceHub.Core.Data;
using ResourceHub.Core.Security;
using ResourceHub.Review.Mail;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// Writes inbox messages into the caller's unit of work and keeps the matching e-mails until
/// <see cref="SendMailAsync"/>, which the gate calls after the commit (no mail about a rolled-back change).
/// </summary>
public sealed class Notifier(ResourceHubDbContext db, IMailSender mail, ILogger<Notifier> logger)
{
    private readonly List<(Guid UserId, string Title, string Body)> _mail = [];

    /// <summary>Tells everyone who may decide <paramref name="review"/> that it is in their queue.</summary>
    public async Task NewReviewAsync(Models.Review review, string packageTitle, CancellationToken ct)
    {
        var roleNames = await db.Roles.AsNoTracking()
            .Where(r => r.Name == Roles.Reviewer || r.Name == Roles.SchoolAdmin)
            .ToDictionaryAsync(r => r.Id, r => r.Name!, ct);
        var links = (await db.UserRoles.AsNoTracking().Where(ur => roleNames.Keys.Contains(ur.RoleId)).ToListAsync(ct))
            .ToLookup(l => l.UserId, l => roleNames[l.RoleId]);
        var ids = links.Select(l => l.Key).ToList();
        var schools = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.SchoolId, ct);
        var title = $"待审核：《{packageTitle}》（{review.Stage.ToChinese()}，第 {review.Version} 版）";
        foreach (var (id, school) in schools)
        {
            var roles = links[id].ToList();
            var who = new ReviewerIdentity(id, school, roles.Contains(Roles.Reviewer), roles.Contains(Roles.SchoolAdmin));
            if (who.EligibleRole(review) is not null)
            {
                Tell(id, title, "您的审核队列中有一项新的审核任务。", $"/review/{review.Id}");
            }
        }
    }

    /// <summary>Tells the author (or the school that asked for a selection) of a decision.</summary>
    public void Decided(IEnumerable<Guid> recipients, string packageTitle, Models.Review review, Decision decision, string? comment, Guid? packageId)
    {
        var title = $"《{packageTitle}》{review.Stage.ToChinese()}：{decision.ToChinese()}";
        var link = review.SelectionId is null ? $"/packages/{packageId}/review" : "/selections";
        foreach (var user in recipients.Distinct())
        {
            Tell(user, title, comment ?? "", link);
        }
    }

    public void Tell(Guid userId, string title, string body, string? link)
    {
        db.Add(new InboxMessage { UserId = userId, Title = title, Body = body, Link = link });
        _mail.Add((userId, title, body));
    }

    /// <summary>Sends the queued e-mails; a mail failure is logged and never undoes the committed change.</summary>
    public async Task SendMailAsync(CancellationToken ct)
    {
        if (_mail.Count == 0 || mail is NoMailSender)
        {
            _mail.Clear();
            return;
        }
        var ids = _mail.Select(m => m.UserId).Distinct().ToList();
        var addresses = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, ct);
        foreach (var (userId, title, body) in _mail)
        {
            if (!addresses.TryGetValue(userId, out var to))
            {
                continue;
            }
            try
            {
                await mail.SendAsync(to, title, body, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Notification mail to {User} failed", userId);
            }
        }
        _mail.Clear();
    }
}

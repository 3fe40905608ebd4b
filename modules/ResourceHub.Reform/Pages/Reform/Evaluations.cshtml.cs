using ResourceHub.Schools;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ResourceHub.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Pages.Reform;

public sealed class EvaluationsModel(EvaluationService evaluations, ISchoolDirectory schools, UserManager<ResourceHubUser> users) : PageModel
{
    public List<Nomination> Nominations { get; private set; } = [];
    public Dictionary<ShowcaseKind, List<RubricCriterion>> Rubrics { get; private set; } = [];
    public Dictionary<Guid, string> SchoolNames { get; private set; } = [];
    public Dictionary<ShowcaseKind, EvaluationRule> Rules { get; private set; } = [];
    /// <summary>Each nomination's panel (expert ids) and how many of them scored.</summary>
    public Dictionary<Guid, (List<Guid> Panel, int Scored)> Panels { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public bool MayNominate => User.SchoolId() is not null && User.HasPermission(ReformPermissions.Nominate);
    public bool MayScore => User.HasPermission(ReformPermissions.ScoreNominations);
    public bool MayPublish => User.HasPermission(ReformPermissions.ApproveApplications);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Nominations = await evaluations.ListAsync(null, ct);
        foreach (var kind in Enum.GetValues<ShowcaseKind>())
        {
            Rubrics[kind] = await evaluations.RubricAsync(kind, ct);
            Rules[kind] = await evaluations.RuleAsync(kind, ct);
        }
        foreach (var n in Nominations.Where(n => n.PublishedAt is null))
        {
            Panels[n.Id] = ((await evaluations.PanelAsync(n.Id, ct)).Select(p => p.ExpertId).ToList(), (await evaluations.TotalsAsync(n.Id, ct)).Count);
        }
        SchoolNames = (await schools.ListAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
    }

    public Task<IActionResult> OnPostNominateAsync(ShowcaseKind kind, string title, string? description, CancellationToken ct) =>
        RunAsync(async () =>
        {
            Require(MayNominate);
            await evaluations.NominateAsync(User, new(kind, title ?? "", description, User.SchoolId()!.Value, null), ct);
            return "已推荐参评。";
        }, ct);

    /// <summary>The form posts one field per criterion, named by the criterion's id.</summary>
    public Task<IActionResult> OnPostScoreAsync(Guid id, Dictionary<Guid, int> points, CancellationToken ct) =>
        RunAsync(async () =>
        {
            Require(MayScore);
            var total = await evaluations.ScoreAsync(User, id, points.Select(p => new EvaluationService.Points(p.Key, p.Value)).ToList(), ct);
            return $"评分已保存，总分 {total}。";
        }, ct);

    /// <summary>Appoints an expert, named by user name, to a nomination's panel.</summary>
    public Task<IActionResult> OnPostPanelAsync(Guid id, string? userName, CancellationToken ct) =>
        RunAsync(async () =>
        {
            Require(MayPublish);
            var expert = await users.FindByNameAsync(userName?.Trim() ?? "") ?? throw new FieldException("userName", $"没有用户名为“{userName}”的用户。");
            var panel = await evaluations.AssignPanelAsync(User, id, [expert.Id], ct);
            return $"已指派{expert.DisplayName}，评审专家组共 {panel.Count} 人。";
        }, ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        RunAsync(async () =>
        {
            Require(MayPublish);
            var n = await evaluations.PublishAsync(User, id, ct);
            return $"已发布“{n.Title}”的评选结果（{n.FinalScore:0.##} 分），并在首页展示。";
        }, ct);

    private static void Require(bool allowed)
    {
        if (!allowed)
        {
            throw new ForbiddenException();
        }
    }

    private async Task<IActionResult> RunAsync(Func<Task<string>> work, CancellationToken ct)
    {
        try
        {
            Done = await work();
            return RedirectToPage();
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e);
            await OnGetAsync(ct);
            return Page();
        }
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Pages.Reform;

public sealed class EvaluationsModel(EvaluationService evaluations, SchoolService schools) : PageModel
{
    public List<Nomination> Nominations { get; private set; } = [];
    public Dictionary<ShowcaseKind, List<RubricCriterion>> Rubrics { get; private set; } = [];
    public Dictionary<Guid, string> SchoolNames { get; private set; } = [];

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
        }
        SchoolNames = (await schools.ListAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
    }

    public Task<IActionResult> OnPostNominateAsync(ShowcaseKind kind, string title, string? description, CancellationToken ct) =>
        RunAsync(async () =>
        {
            Require(MayNominate);
            await evaluations.NominateAsync(User, kind, title ?? "", description, User.SchoolId()!.Value, null, ct);
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

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        RunAsync(async () =>
        {
            Require(MayPublish);
            var n = await evaluations.PublishAsync(id, ct);
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

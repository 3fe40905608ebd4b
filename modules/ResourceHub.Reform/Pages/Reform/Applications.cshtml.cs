using ResourceHub.Standards;
using ResourceHub.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;
using ResourceHub.Schools.Services;
using ResourceHub.Standards.Services;

namespace ResourceHub.Reform.Pages.Reform;

[Authorize]
public sealed class ApplicationsModel(ApplicationService applications, ISchoolDirectory schools, ISpecialtyCatalog specialties, RegionScope regions, AttachmentService files) : PageModel
{
    public List<Batch> Batches { get; private set; } = [];
    public List<SpecialtyApplication> Applications { get; private set; } = [];
    public Dictionary<Guid, string> SchoolNames { get; private set; } = [];
    public IReadOnlyList<SpecialtyInfo> Specialties { get; private set; } = [];
    /// <summary>What the decider opens: each application's attachments.</summary>
    public Dictionary<Guid, List<ReformAttachment>> Files { get; private set; } = [];
    /// <summary>The regions this user may open batches for (the Admin: all and national).</summary>
    public IReadOnlyList<string> BatchRegions => User.IsInRole(Roles.Admin) ? ResourceHub.Core.Data.Regions.All : User.Region() is { } r ? [r] : [];

    [TempData]
    public string? Done { get; set; }

    public bool MayApply => User.SchoolId() is not null && User.HasPermission(ReformPermissions.ApplySpecialties);
    public bool MayDecide => User.HasPermission(ReformPermissions.ApproveApplications);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Batches = await applications.BatchesAsync(ct);
        var overseen = await regions.SchoolsOfAsync(User, ct);
        Applications = (await applications.ListAsync(null, null, null, ct)).Where(a => overseen is null || overseen.Contains(a.SchoolId)).ToList();
        foreach (var a in Applications)
        {
            Files[a.Id] = await files.ListAsync(AttachmentOwner.Application, a.Id, ct);
        }
        SchoolNames = (await schools.ListAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
        Specialties = await specialties.ListAsync(ct);
    }

    public Task<IActionResult> OnPostApplyAsync(Guid batchId, string specialtyCode, string? reason, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await applications.ApplyAsync(User, batchId, User.SchoolId() ?? throw new ForbiddenException("只有学校的管理员可以申报专业。"), specialtyCode, reason, ct);
            return "申报已提交，等待审批。";
        }, ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, bool approve, string? comment, CancellationToken ct) =>
        RunAsync(async () =>
        {
            EnsureMayDecide();
            await applications.DecideAsync(User, id, approve, comment, ct);
            return approve ? "已批准，计入改革进展。" : "已记录不予批准。";
        }, ct);

    public Task<IActionResult> OnPostBatchAsync(string name, string? region, DateOnly opens, DateOnly closes, CancellationToken ct) =>
        RunAsync(async () =>
        {
            EnsureMayDecide();
            await applications.CreateBatchAsync(User, name ?? "", region, opens, closes, ct);
            return "批次已设立。";
        }, ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, string? assessment, CancellationToken ct) =>
        RunAsync(async () =>
        {
            EnsureMayDecide();
            var batch = await applications.CloseBatchAsync(User, id, assessment, ct);
            return $"“{batch.Name}”已考核结束。";
        }, ct);

    private void EnsureMayDecide()
    {
        if (!MayDecide)
        {
            throw new ForbiddenException("只有系统管理员和地区管理员可以审批专业申报。");
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

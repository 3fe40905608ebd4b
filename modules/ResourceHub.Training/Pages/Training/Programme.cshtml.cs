using Microsoft.AspNetCore.Mvc;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Services;
using ResourceHub.Training.Models;
using ResourceHub.Training.Services;

namespace ResourceHub.Training.Pages.Training;

/// <summary>One programme: what it is, enrolment, and for an enrolled teacher the units to work through.</summary>
public sealed class ProgrammeModel(
    ProgrammeService programmes, UnitService units, EnrolmentService enrolments, AssignmentService assignments,
    CompletionService certificates, AccountService accounts) : TrainingPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public TrainingProgramme Programme { get; private set; } = null!;
    public List<UnitService.UnitView> Units { get; private set; } = [];
    public Enrolment? Mine { get; private set; }
    public Certificate? Certificate { get; private set; }
    public bool Manages { get; private set; }
    /// <summary>A school administrator may enrol the school's teachers.</summary>
    public List<AccountService.UserView> Teachers { get; private set; } = [];
    /// <summary>The last refusal was "full": offer the waiting list.</summary>
    public bool OfferWaitingList { get; private set; }

    public bool Learning => Mine is { Status: EnrolmentStatus.Enrolled or EnrolmentStatus.Completed } && EnrolmentService.Today >= Programme.Start;

    public ParticipantTable.Cell CellOf(UnitService.UnitView view) => ParticipantTable.CellOf(view, Mine!);

    public UnitProgress? FileRow(Guid unitId, Guid fileId) => Mine?.Progress.FirstOrDefault(p => p.UnitId == unitId && p.FileId == fileId);

    public static bool IsLink(string? place) => Uri.TryCreate(place, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Programme = await programmes.GetAsync(Id, ct);
        Units = await units.ViewAsync(Programme, ct);
        Manages = User.Manages(Programme);
        if (User.Identity?.IsAuthenticated == true)
        {
            Mine = await enrolments.MineAsync(User, Id, ct);
            Certificate = Mine is null ? null : await certificates.ForEnrolmentAsync(Mine.Id, ct);
        }
        if (User.IsInRole(Roles.SchoolAdmin))
        {
            Teachers = (await accounts.ListAsync(User, ct)).Where(u => u.Roles.Contains(Roles.Teacher)).ToList();
        }
    }

    public async Task<IActionResult> OnPostEnrolAsync(Guid? userId, bool waitingList, CancellationToken ct)
    {
        var result = await RunAsync(() => enrolments.EnrolAsync(User, Id, userId, waitingList, ct), waitingList ? "已加入候补名单。" : "报名成功。", ct);
        OfferWaitingList = !ModelState.IsValid && Response.StatusCode == 409 && Mine is null && ModelState.Values.Any(v => v.Errors.Any(e => e.ErrorMessage.StartsWith("名额已满")));
        return result;
    }

    public Task<IActionResult> OnPostWithdrawAsync(Guid enrolmentId, CancellationToken ct) =>
        RunAsync(() => enrolments.WithdrawAsync(User, enrolmentId, ct), "已退出本研修项目。", ct);

    public async Task<IActionResult> OnPostStartAssignmentAsync(Guid unitId, CancellationToken ct)
    {
        Guid? package = null;
        var result = await RunAsync(async () => package = await assignments.StartAsync(User, unitId, ct), "已为本校创建作业资源包，请上传作业文件。", ct);
        return package is { } id ? Redirect($"/packages/{id}/upload") : result;
    }

    public Task<IActionResult> OnPostSubmitAssignmentAsync(Guid unitId, Guid packageId, CancellationToken ct) =>
        RunAsync(() => assignments.SubmitAsync(User, unitId, packageId, ct), "作业已提交，等待组织者评阅。", ct);
}

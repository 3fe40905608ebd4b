using ResourceHub.Schools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Endpoints;
using ResourceHub.Reform.Services;
using ResourceHub.Schools.Services;

namespace ResourceHub.Reform.Pages.Reform;

/// <summary>
/// A school's teaching hours (工作量) by teacher and term, counted as the API counts them; those
/// who may record hours for the school record them here.
/// </summary>
[Authorize]
public sealed class WorkloadModel(WorkloadService workload, ISchoolDirectory schools) : PageModel
{
    /// <summary>The form of the API's <see cref="TrainingEndpoints.TeachingLoadRequest"/>, kept as typed.</summary>
    public sealed class LoadInput
    {
        public string? TeacherName { get; set; }
        public Guid? SchoolId { get; set; }
        public string? CourseName { get; set; }
        public decimal? Hours { get; set; }
        public bool Integrated { get; set; } = true;
        public string? Term { get; set; }

        public TrainingEndpoints.TeachingLoadRequest ToRequest() => new(TeacherName, SchoolId, CourseName, Hours, Integrated, Term);
    }

    [BindProperty]
    public LoadInput Input { get; set; } = new();

    public WorkloadService.SchoolReport Report { get; private set; } = null!;

    public IReadOnlyList<SchoolInfo> Schools { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public bool MayRecord => User.HasPermission(ReformPermissions.RecordTraining);

    public async Task OnGetAsync(Guid? schoolId, string? term, CancellationToken ct)
    {
        await ShowAsync(schoolId, term, ct);
        Input.SchoolId = Report.School.Id;
        Input.Term = Report.Term ?? Report.Terms.FirstOrDefault();
    }

    public async Task<IActionResult> OnGetExportAsync(Guid? schoolId, string? term, CancellationToken ct)
    {
        await ShowAsync(schoolId, term, ct);
        var name = $"工作量-{Report.School.Name}{(Report.Term is null ? "" : "-" + Report.Term)}.xlsx";
        return File(WorkloadSheet.Write(Report), WorkloadSheet.ContentType, name);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayRecord)
        {
            throw new ForbiddenException("只有学校管理员可以登记课时。");
        }
        if (ModelState.AddRequestErrors(Input.ToRequest(), "Input."))
        {
            try
            {
                var school = Input.SchoolId ?? User.SchoolIdOrThrow();
                var load = await workload.AddAsync(User, Input.TeacherName!, school, Input.CourseName!, Input.Hours!.Value, Input.Integrated, Input.Term!, ct);
                Done = $"已登记 {load.TeacherName} {load.Term} 学期《{load.CourseName}》{load.Hours:0.##} 课时。";
                return RedirectToPage(new { schoolId = school, term = load.Term });
            }
            catch (DomainException e) when (e is not (ForbiddenException or NotFoundException))
            {
                ModelState.AddDomainError(e, "Input.");
            }
        }
        await ShowAsync(Input.SchoolId, null, ct);
        return Page();
    }

    private async Task ShowAsync(Guid? schoolId, string? term, CancellationToken ct)
    {
        var own = User.SchoolId();
        Schools = User.IsInRole(Roles.Admin) ? await schools.ListAsync(ct) : own is { } id ? [await schools.GetAsync(id, ct)] : [];
        // Someone of no school asks for none: the service's rule refuses them as it refuses the API.
        var school = schoolId ?? own ?? Schools.FirstOrDefault()?.Id ?? Guid.Empty;
        Report = await workload.SchoolReportAsync(User, school, term, ct);
    }
}

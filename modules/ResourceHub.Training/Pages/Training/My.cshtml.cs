using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Training.Models;
using ResourceHub.Training.Services;

namespace ResourceHub.Training.Pages.Training;

/// <summary>The teacher's own 研修: every programme they are in, how far they are, their certificates.</summary>
[Authorize]
public sealed class MyModel(EnrolmentService enrolments, ProgrammeService programmes, UnitService units, CompletionService certificates) : PageModel
{
    public sealed record Line(Enrolment Enrolment, TrainingProgramme Programme, int Done, int Total, Certificate? Certificate);

    public List<Line> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        foreach (var e in await enrolments.AllMineAsync(User, ct))
        {
            var programme = await programmes.GetAsync(e.ProgrammeId, ct);
            var views = await units.ViewAsync(programme, ct);
            Lines.Add(new Line(e, programme, views.Count(v => CompletionService.IsDone(v, e)), views.Count, await certificates.ForEnrolmentAsync(e.Id, ct)));
        }
    }
}

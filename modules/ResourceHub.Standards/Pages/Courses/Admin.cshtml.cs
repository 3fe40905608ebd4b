using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Pages.Courses;

/// <summary>Every 一体化 course of the catalogue, and the form that adds one under a specialty.</summary>
[Authorize(Policy = "ManageCatalogue")]
public sealed class AdminModel(CurriculumService curriculum, SpecialtyService specialties) : PageModel
{
    [BindProperty]
    public CourseInput Input { get; set; } = new();

    public List<Course> Courses { get; private set; } = [];

    public List<Specialty> Specialties { get; private set; } = [];

    public bool Filtered { get; private set; }

    public async Task OnGetAsync(string? specialty, CancellationToken ct)
    {
        Input.SpecialtyCode = specialty;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.AddRequestErrors(Input.ToRequest(), "Input."))
        {
            try
            {
                var course = await curriculum.CreateCourseAsync(Input.SpecialtyCode!.Trim(), Input.Name!, Input.Description, Input.Hours, ct);
                TempData["Done"] = $"已新增课程“{course.Name}”，请为它添加学习任务。";
                return Redirect($"/courses/{course.Id}/edit");
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError(e, "Input.");
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Specialties = await specialties.ListAsync(ct);
        var code = Specialties.FirstOrDefault(s => s.Code == Input.SpecialtyCode)?.Code;
        Filtered = code is not null;
        Courses = await curriculum.CoursesAsync(code, ct);
    }
}

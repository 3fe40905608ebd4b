using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Pages.Standards;

/// <summary>Revises a standard: the form starts from the newest version and saves a new one.</summary>
[Authorize]
public sealed class EditModel(StandardService standards) : PageModel
{
    public sealed class SectionsInput
    {
        public string TrainingGoals { get; set; } = "";
        public string CourseArrangement { get; set; } = "";
        public string CourseNorms { get; set; } = "";
        public string ImplementationAdvice { get; set; } = "";
        public string Assessment { get; set; } = "";
        public List<string> SkillLevels { get; set; } = [];
        public string? Note { get; set; }
    }

    [BindProperty]
    public SectionsInput Input { get; set; } = new();

    public StandardService.View Standard { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Standard = await standards.GetAsync(id, ct);
        var c = Standard.Current;
        Input = new SectionsInput
        {
            TrainingGoals = c.TrainingGoals, CourseArrangement = c.CourseArrangement, CourseNorms = c.CourseNorms,
            ImplementationAdvice = c.ImplementationAdvice, Assessment = c.Assessment, SkillLevels = c.SkillLevels,
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var sections = new StandardSections(Input.TrainingGoals, Input.CourseArrangement, Input.CourseNorms, Input.ImplementationAdvice, Input.Assessment);
            await standards.AddVersionAsync(User, id, sections, Input.SkillLevels, Input.Note, ct);
            return Redirect($"/standards/{id}");
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e, "Input.");
            Standard = await standards.GetAsync(id, ct);
            return Page();
        }
    }
}

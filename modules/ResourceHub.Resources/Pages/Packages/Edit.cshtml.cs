using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;
using ResourceHub.Standards;

namespace ResourceHub.Resources.Pages.Packages;

/// <summary>Step 1 of a draft: creates a package (no id) or edits a draft or returned one, then on to its files.</summary>
[Authorize(Policy = "EditPackages")]
public sealed class EditPackageModel(PackageService packages, ISpecialtyCatalog specialties) : PageModel
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' '];

    public sealed class PackageForm
    {
        [Required(ErrorMessage = "请填写标题。"), StringLength(200, ErrorMessage = "标题最长 200 字。")]
        public string? Title { get; set; }

        [StringLength(10_000, ErrorMessage = "简介最长 10000 字。")]
        public string? Description { get; set; }

        [Required(ErrorMessage = "请选择专业。")]
        public string? SpecialtyCode { get; set; }

        [StringLength(200, ErrorMessage = "课程名称最长 200 字。")]
        public string? CourseName { get; set; }

        [Required(ErrorMessage = "请选择资源类型。")]
        public ResourceType? ResourceType { get; set; }

        public TextbookForm? TextbookForm { get; set; }

        public SkillLevel? SkillLevel { get; set; }

        [StringLength(1000)]
        public string? Tags { get; set; }

        [StringLength(1000)]
        public string? Authors { get; set; }

        [StringLength(200)]
        public string? Licence { get; set; }
    }

    public Guid? Id { get; private set; }

    [BindProperty]
    public PackageForm Input { get; set; } = new();

    public List<SelectListItem> SpecialtyOptions { get; private set; } = [];

    public async Task OnGetAsync(Guid? id)
    {
        Id = id;
        if (id is { } existing)
        {
            var p = await packages.GetEditableAsync(User, existing);
            p.EnsureEditable();
            Input = new PackageForm
            {
                Title = p.Title, Description = p.Description, SpecialtyCode = p.SpecialtyCode, CourseName = p.CourseName,
                ResourceType = p.ResourceType, TextbookForm = p.TextbookForm, SkillLevel = p.SkillLevel,
                Tags = string.Join(", ", p.Tags), Authors = string.Join(", ", p.Authors), Licence = p.Licence,
            };
        }
        await LoadOptionsAsync();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        Id = id;
        if (ModelState.IsValid)
        {
            try
            {
                // The form has no course or learning-task picker: a link set through the API stays while the specialty does.
                var linked = id is { } editing ? await packages.GetEditableAsync(User, editing) : null;
                var keep = linked?.SpecialtyCode == Input.SpecialtyCode;
                var input = new PackageInput(
                    Input.Title!, Input.Description, Input.SpecialtyCode!, Input.CourseName, Input.ResourceType!.Value,
                    Input.TextbookForm, Input.SkillLevel, Split(Input.Tags), Split(Input.Authors), Input.Licence,
                    keep ? linked!.CourseId : null, keep ? linked!.LearningTaskId : null);
                var package = id is { } existing ? await packages.UpdateAsync(User, existing, input) : await packages.CreateAsync(User, input);
                // The next step of the draft's flow: its files.
                return Redirect($"/packages/{package.Id}/upload");
            }
            catch (DomainException e) when (e is not NotFoundException)
            {
                ModelState.AddDomainError(e, "Input.");
            }
        }
        await LoadOptionsAsync();
        return Page();
    }

    private async Task LoadOptionsAsync() =>
        SpecialtyOptions = (await specialties.ListAsync()).Select(s => new SelectListItem($"{s.Code} {s.Name}", s.Code)).ToList();

    private static string[] Split(string? value) =>
        value?.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}

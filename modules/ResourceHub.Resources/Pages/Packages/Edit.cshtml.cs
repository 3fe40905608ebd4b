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

        /// <summary>Enterprise staff who wrote it with the school (企业人员), kept among the authors marked （企业）.</summary>
        [StringLength(1000)]
        public string? EnterpriseAuthors { get; set; }

        /// <summary>The course, or course/learning task, of the specialty's curriculum: "{courseId}" or "{courseId}/{taskId}".</summary>
        public string? CurriculumLink { get; set; }

        [StringLength(200)]
        public string? Licence { get; set; }
    }

    public Guid? Id { get; private set; }

    [BindProperty]
    public PackageForm Input { get; set; } = new();

    public List<SelectListItem> SpecialtyOptions { get; private set; } = [];

    /// <summary>The chosen specialty's courses and tasks, for the picker.</summary>
    public IReadOnlyList<CourseInfo> Courses { get; private set; } = [];

    public const string EnterpriseMark = "（企业）";

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
                Tags = string.Join(", ", p.Tags), Licence = p.Licence,
                Authors = string.Join(", ", p.Authors.Where(a => !a.EndsWith(EnterpriseMark, StringComparison.Ordinal))),
                EnterpriseAuthors = string.Join(", ", p.Authors.Where(a => a.EndsWith(EnterpriseMark, StringComparison.Ordinal)).Select(a => a[..^EnterpriseMark.Length])),
                CurriculumLink = p.LearningTaskId is { } task ? $"{p.CourseId}/{task}" : p.CourseId?.ToString(),
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
                var (courseId, taskId) = ParseLink(Input.CurriculumLink);
                // A course picked from the curriculum names the package's course; free text is for courses outside it.
                var courseName = courseId is { } c ? (await specialties.CoursesAsync(Input.SpecialtyCode!)).FirstOrDefault(x => x.Id == c)?.Name ?? Input.CourseName : Input.CourseName;
                var authors = Split(Input.Authors).Concat(Split(Input.EnterpriseAuthors).Select(a => a + EnterpriseMark)).ToArray();
                var input = new PackageInput(
                    Input.Title!, Input.Description, Input.SpecialtyCode!, courseName, Input.ResourceType!.Value,
                    Input.TextbookForm, Input.SkillLevel, Split(Input.Tags), authors, Input.Licence, courseId, taskId);
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

    /// <summary>The picker for another specialty (the form swaps it in when the specialty changes).</summary>
    public async Task<IActionResult> OnGetCurriculumAsync([FromQuery(Name = "Input.SpecialtyCode")] string? specialtyCode)
    {
        Courses = string.IsNullOrEmpty(specialtyCode) ? [] : await specialties.CoursesAsync(specialtyCode);
        return Partial("_CurriculumPicker", this);
    }

    private async Task LoadOptionsAsync()
    {
        SpecialtyOptions = (await specialties.ListAsync()).Select(s => new SelectListItem($"{s.Code} {s.Name}", s.Code)).ToList();
        Courses = string.IsNullOrEmpty(Input.SpecialtyCode) ? [] : await specialties.CoursesAsync(Input.SpecialtyCode);
    }

    private static (Guid? Course, Guid? Task) ParseLink(string? link)
    {
        var parts = (link ?? "").Split('/');
        Guid? Part(int i) => parts.Length > i && Guid.TryParse(parts[i], out var g) ? g : null;
        return (Part(0), Part(1));
    }

    private static string[] Split(string? value) =>
        value?.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Schools.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Pages.Admin;

[Authorize(Policy = "ManageSchools")]
public sealed class SchoolsModel(SchoolService schools) : PageModel
{
    public sealed class SchoolInput
    {
        [Required(ErrorMessage = "请填写学校名称。"), StringLength(200)]
        public string? Name { get; set; }

        [Required(ErrorMessage = "请选择学校类型。")]
        public SchoolKind? Kind { get; set; }

        [Required(ErrorMessage = "请选择所在地区。")]
        public string? Region { get; set; }
    }

    [BindProperty]
    public SchoolInput Input { get; set; } = new();

    public List<School> Schools { get; private set; } = [];

    [TempData]
    public string? Created { get; set; }

    public async Task OnGetAsync() => Schools = await schools.ListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            try
            {
                RegionScope.EnsureMayCreateSchool(User, Input.Region!);
                var school = await schools.CreateAsync(Input.Name!, Input.Kind!.Value, Input.Region!);
                Created = school.Name;
                return RedirectToPage();
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError(e, "Input.");
            }
        }
        Schools = await schools.ListAsync();
        return Page();
    }
}

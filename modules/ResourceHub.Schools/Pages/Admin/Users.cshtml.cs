using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Pages.Admin;

[Authorize(Policy = "ManageUsers")]
public sealed class UsersModel(AccountService accounts, SchoolService schools) : PageModel
{
    public sealed class UserInput
    {
        [Required(ErrorMessage = "请填写用户名。"), StringLength(64)]
        public string? UserName { get; set; }

        [Required(ErrorMessage = "请填写姓名。"), StringLength(100)]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "请填写初始密码。")]
        public string? Password { get; set; }

        public List<string> Roles { get; set; } = [];

        public Guid? SchoolId { get; set; }

        public string? Region { get; set; }
    }

    [BindProperty]
    public UserInput Input { get; set; } = new();

    [TempData]
    public string? Created { get; set; }

    public List<AccountService.UserView> Users { get; private set; } = [];

    public List<School> Schools { get; private set; } = [];

    public bool IsAdmin => User.IsInRole(Core.Security.Roles.Admin);

    public IEnumerable<string> AssignableRoles => IsAdmin ? Core.Security.Roles.All : Core.Security.Roles.All.Except(Core.Security.Roles.GrantedByAdminOnly);

    /// <summary>An admin or a RegionAdmin picks the school; a SchoolAdmin always creates users of their own.</summary>
    public bool PicksSchool => IsAdmin || User.IsInRole(Core.Security.Roles.RegionAdmin);

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var school = PicksSchool ? Input.SchoolId : User.SchoolId();
            try
            {
                var user = await accounts.CreateAsync(User, new AccountService.NewUser(Input.UserName!, Input.Password!, Input.DisplayName!, Input.Roles, school, IsAdmin ? Input.Region : null));
                Created = user.UserName;
                return RedirectToPage();
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError(e, "Input.");
            }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Users = await accounts.ListAsync(User);
        Schools = IsAdmin ? await schools.ListAsync()
            : User.IsInRole(Core.Security.Roles.RegionAdmin) && User.Region() is { } region ? await schools.ListInRegionAsync(region) : [];
    }
}

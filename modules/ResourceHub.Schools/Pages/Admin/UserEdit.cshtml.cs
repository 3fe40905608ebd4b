using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Pages.Admin;

/// <summary>One account: name, roles and school; disable or enable; a new password. A school admin only for their own school's people.</summary>
[Authorize(Policy = "ManageUsers")]
public sealed class UserEditModel(AccountService accounts, SchoolService schools) : PageModel
{
    public sealed class EditInput
    {
        [Required(ErrorMessage = "请填写姓名。"), StringLength(100, ErrorMessage = "姓名最长 100 字。")]
        public string? DisplayName { get; set; }

        public List<string> Roles { get; set; } = [];

        public Guid? SchoolId { get; set; }
    }

    [BindProperty]
    public EditInput Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public AccountService.UserView Account { get; private set; } = null!;
    public List<School> Schools { get; private set; } = [];
    public bool IsAdmin => User.IsInRole(Core.Security.Roles.Admin);
    public IEnumerable<string> AssignableRoles => IsAdmin ? Core.Security.Roles.All : Core.Security.Roles.All.Where(r => r != Core.Security.Roles.Admin);

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = new EditInput { DisplayName = Account.DisplayName, Roles = [.. Account.Roles], SchoolId = Account.SchoolId };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id) => RunAsync(id, ModelState.IsValid, async () =>
    {
        var school = IsAdmin ? Input.SchoolId : User.SchoolId();
        await accounts.UpdateAsync(User, id, new(Input.DisplayName!, Input.Roles, school));
        return "已保存。角色变更从该用户的下一次操作起生效。";
    }, "Input.");

    public Task<IActionResult> OnPostDisableAsync(Guid id) => RunAsync(id, true, async () =>
    {
        await accounts.DisableAsync(User, id);
        return "已停用该账户：不能再登录，已登录的会话和令牌立即失效。";
    });

    public Task<IActionResult> OnPostEnableAsync(Guid id) => RunAsync(id, true, async () =>
    {
        await accounts.EnableAsync(User, id);
        return "已启用该账户，用户需要重新登录。";
    });

    public Task<IActionResult> OnPostPasswordAsync(Guid id) => RunAsync(id, true, async () =>
    {
        await accounts.ResetPasswordAsync(User, id, NewPassword ?? "");
        return "已重设密码，该用户原有的会话和令牌立即失效。";
    }, "", "newPassword", nameof(NewPassword));

    /// <summary>Runs one change and comes back with its message, or shows the rule that refused it beside the form.</summary>
    private async Task<IActionResult> RunAsync(Guid id, bool valid, Func<Task<string>> change, string prefix = "", string? field = null, string? key = null)
    {
        if (valid)
        {
            try
            {
                Done = await change();
                return RedirectToPage(new { id });
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
            catch (DomainException e) when (field is not null)
            {
                ModelState.AddModelError(key!, e.Message);
            }
            catch (DomainException e)
            {
                ModelState.AddDomainError(e, prefix);
            }
        }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if ((await accounts.ListAsync(User)).FirstOrDefault(u => u.Id == id) is not { } account)
        {
            return false;
        }
        Account = account;
        Schools = IsAdmin ? await schools.ListAsync() : [];
        return true;
    }
}

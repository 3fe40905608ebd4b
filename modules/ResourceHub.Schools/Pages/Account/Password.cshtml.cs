using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Pages.Account;

/// <summary>One's own password. Afterwards every other session and token of this user is refused; this browser signs in again anew.</summary>
[Authorize]
public sealed class PasswordModel(AccountService accounts, SignInManager<ResourceHubUser> signIn, UserManager<ResourceHubUser> users) : PageModel
{
    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "请填写当前密码。")]
        public string? CurrentPassword { get; set; }

        [Required(ErrorMessage = "请填写新密码。")]
        public string? NewPassword { get; set; }

        [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
        public string? ConfirmPassword { get; set; }
    }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await accounts.ChangePasswordAsync(User, Input.CurrentPassword!, Input.NewPassword!);
        }
        catch (DomainException e)
        {
            ModelState.AddDomainError(e, "Input.");
            return Page();
        }
        // The old cookie is now refused: this browser gets a fresh one with the new stamp.
        if (await users.GetUserAsync(User) is { } user)
        {
            await signIn.SignInAsync(user, isPersistent: false);
        }
        Done = "密码已修改。其他设备上的登录和访问令牌已全部失效。";
        return RedirectToPage();
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Data;

namespace ResourceHub.Schools.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<ResourceHubUser> signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "请填写用户名。")]
    public string? UserName { get; set; }

    [BindProperty, Required(ErrorMessage = "请填写密码。"), DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName!, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "连续多次密码错误，账户已被暂时锁定，请稍后再试。"
            : "用户名或密码不正确。");
        return Page();
    }
}

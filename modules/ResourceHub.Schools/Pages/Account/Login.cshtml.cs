using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Core.Data;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<ResourceHubUser> signIn, SignInGuard guard) : PageModel
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
        var outcome = await guard.CheckAsync(UserName!, Password!);
        if (outcome.User is { } user)
        {
            await signIn.SignInAsync(user, isPersistent: false);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        ModelState.AddModelError(string.Empty, SignInGuard.Message(outcome));
        if (outcome.RetryAfter is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = SignInGuard.Seconds(wait);
        }
        return Page();
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using ResourceHub.Core.Data;

namespace ResourceHub.Schools.Services;

/// <summary>
/// The one password check of the sign-in page and the token endpoint: throttled by
/// <see cref="SignInThrottle"/>, and with the same work for an unknown user name as for a known
/// one (a password hash is verified either way), so the answer's timing names no account.
/// </summary>
public sealed class SignInGuard(UserManager<ResourceHubUser> users, SignInManager<ResourceHubUser> signIn, SignInThrottle throttle, IHttpContextAccessor http)
{
    public enum Failure { WrongCredentials, LockedOut, Throttled }

    public sealed record Outcome(ResourceHubUser? User, Failure? Failure, TimeSpan? RetryAfter = null);

    /// <summary>A hash of a random password, made by the site's own hasher, verified for unknown names.</summary>
    private static string? _decoy;

    public async Task<Outcome> CheckAsync(string userName, string password)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        if (throttle.RetryAfter(userName, address) is { } wait)
        {
            return new(null, Failure.Throttled, wait);
        }
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            _decoy ??= users.PasswordHasher.HashPassword(new ResourceHubUser(), Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(new ResourceHubUser(), _decoy, password);
            throttle.Failed(userName, address);
            return new(null, Failure.WrongCredentials);
        }
        // No Identity lockout on failure: a stranger could use it to lock any account; the throttle slows guessing instead.
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
        if (check.Succeeded)
        {
            throttle.Succeeded(userName, address);
            return new(user, null);
        }
        throttle.Failed(userName, address);
        return new(null, check.IsLockedOut ? Failure.LockedOut : Failure.WrongCredentials);
    }

    /// <summary>Whole seconds for Retry-After, at least one.</summary>
    public static string Seconds(TimeSpan wait) => Math.Max(1, Math.Ceiling(wait.TotalSeconds)).ToString("0");

    /// <summary>The Chinese sentence for a refusal.</summary>
    public static string Message(Outcome outcome) => outcome.Failure switch
    {
        Failure.Throttled => $"登录失败次数过多，请 {Seconds(outcome.RetryAfter!.Value)} 秒后再试。",
        Failure.LockedOut => "账户已被停用或锁定，请联系管理员。",
        _ => "用户名或密码不正确。",
    };
}

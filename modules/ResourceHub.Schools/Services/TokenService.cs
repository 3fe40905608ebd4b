using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Data;

namespace ResourceHub.Schools.Services;

/// <summary>
/// Issues the API's bearer tokens: Identity's own opaque, data-protected tokens, so the
/// standard handler validates them on every node that shares the key ring.
/// </summary>
public sealed class TokenService(
    UserManager<ResourceHubUser> users,
    SignInManager<ResourceHubUser> signIn,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock)
{
    public sealed record Token(string AccessToken, DateTimeOffset ExpiresAt, string TokenType = "Bearer");

    public enum Failure { WrongCredentials, LockedOut }

    /// <summary>Checks the password (counting failures towards lockout) and returns a token, or why not.</summary>
    public async Task<(Token? Token, Failure? Failure)> IssueAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return (null, Failure.WrongCredentials);
        }
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return (null, Failure.LockedOut);
        }
        if (!check.Succeeded)
        {
            return (null, Failure.WrongCredentials);
        }
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var expires = now + options.BearerTokenExpiration;
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires }, IdentityConstants.BearerScheme);
        return (new Token(options.BearerTokenProtector.Protect(ticket), expires), null);
    }
}

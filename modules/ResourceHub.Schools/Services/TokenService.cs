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
    SignInGuard guard,
    SignInManager<ResourceHubUser> signIn,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock)
{
    public sealed record Token(string AccessToken, DateTimeOffset ExpiresAt, string TokenType = "Bearer");

    /// <summary>Checks the password (throttled, see <see cref="SignInGuard"/>) and returns a token, or why not.</summary>
    public async Task<(Token? Token, SignInGuard.Outcome? Failure)> IssueAsync(string userName, string password)
    {
        var outcome = await guard.CheckAsync(userName, password);
        if (outcome.User is not { } user)
        {
            return (null, outcome);
        }
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var expires = now + options.BearerTokenExpiration;
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires }, IdentityConstants.BearerScheme);
        return (new Token(options.BearerTokenProtector.Protect(ticket), expires), null);
    }
}

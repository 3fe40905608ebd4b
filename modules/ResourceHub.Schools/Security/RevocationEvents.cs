using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Security;

/// <summary>
/// Hooks <see cref="AccountGuard"/> into both ways in: the cookie's principal check (before
/// Identity's own, slower security-stamp check) and the bearer token's message event, where a
/// revoked token fails authentication, so the API answers 401 rather than 403.
/// </summary>
public sealed class RevocationEvents :
    IPostConfigureOptions<CookieAuthenticationOptions>,
    IPostConfigureOptions<BearerTokenOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != IdentityConstants.ApplicationScheme)
        {
            return;
        }
        var identityCheck = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            if (await context.HttpContext.RequestServices.GetRequiredService<AccountGuard>().IsRevokedAsync(context.Principal))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await identityCheck(context);
        };
    }

    public void PostConfigure(string? name, BearerTokenOptions options)
    {
        if (name != IdentityConstants.BearerScheme)
        {
            return;
        }
        var received = options.Events.OnMessageReceived;
        options.Events.OnMessageReceived = async context =>
        {
            await received(context);
            var header = context.Request.Headers.Authorization.ToString();
            var token = context.Token ?? (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null);
            if (token is null || options.BearerTokenProtector.Unprotect(token) is not { } ticket)
            {
                return;
            }
            if (await context.HttpContext.RequestServices.GetRequiredService<AccountGuard>().IsRevokedAsync(ticket.Principal))
            {
                context.Fail("该访问令牌已失效（账户已停用、密码已修改或已被删除），请重新登录。");
            }
        };
    }
}

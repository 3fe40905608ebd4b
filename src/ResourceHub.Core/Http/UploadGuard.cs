using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ResourceHub.Core.Http;

/// <summary>What every endpoint that reads a file body itself (or deletes) does first.</summary>
public static class UploadGuard
{
    /// <summary>
    /// The framework checks antiforgery only on form-bound endpoints, and these read their bodies
    /// themselves (bearer clients have no token anyway), so a request that rides on the sign-in
    /// cookie must carry the X-CSRF-TOKEN header, checked here.
    /// Only the header is accepted: reading a form token would buffer the upload.
    /// </summary>
    public static async Task ValidateAsync(HttpContext context, long maxBodyBytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBodyBytes;
        }
        if (context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var cookieName = context.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme).Cookie.Name;
        if (cookieName is null || !context.Request.Cookies.ContainsKey(cookieName))
        {
            return;
        }
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        var valid = context.Request.Headers.ContainsKey("X-CSRF-TOKEN") && await antiforgery.IsRequestValidAsync(context);
        if (!valid)
        {
            throw new DomainException(400, "请求无效", "页面已过期或请求来源不明（缺少防伪令牌），请刷新页面后重试。");
        }
    }
}

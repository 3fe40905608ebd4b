using Microsoft.AspNetCore.Antiforgery;
using ResourceHub.Core.Http;

namespace ResourceHub.Web.Security;

/// <summary>
/// Cross-site request forgery on the API: a browser sends the sign-in cookie with any request,
/// also one a hostile page makes, so every state-changing /api request that is authenticated by
/// the cookie must carry the page's antiforgery token in the X-CSRF-TOKEN header (the site's
/// own scripts send it). Bearer-token requests are unchanged: a hostile page cannot add that header.
/// Only the header counts: reading a form field would buffer uploads, and a form cannot set a header.
/// </summary>
public static class ApiAntiforgery
{
    public const string Header = "X-CSRF-TOKEN";

    public static async Task CheckAsync(HttpContext context)
    {
        if (!NeedsToken(context))
        {
            return;
        }
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        if (!context.Request.Headers.ContainsKey(Header) || !await antiforgery.IsRequestValidAsync(context))
        {
            throw new DomainException(403, "请求来源不明",
                "页面已过期或请求来源不明（缺少防伪令牌 X-CSRF-TOKEN），请刷新页面后重试；程序调用接口请使用令牌（Authorization: Bearer）。");
        }
    }

    private static bool NeedsToken(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
             || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.User.Identity?.IsAuthenticated == true
        // The policy scheme took the cookie unless the request names a bearer token.
        && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using ResourceHub.Web.Errors;

namespace ResourceHub.Web.Security;

/// <summary>
/// API callers get 401/403 as problem details; pages keep the cookie's redirects to sign-in.
/// </summary>
public sealed class ApiAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (!ErrorAnswer.IsApi(context) || result.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, result);
            return;
        }
        var challenged = result.Challenged;
        context.Response.StatusCode = challenged ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        if (challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = context.Response.StatusCode,
                Title = challenged ? "需要登录" : "禁止访问",
                Detail = challenged ? "请先登录或提供有效的访问令牌（Authorization: Bearer）。" : "您没有执行此操作的权限。",
            },
        });
    }
}

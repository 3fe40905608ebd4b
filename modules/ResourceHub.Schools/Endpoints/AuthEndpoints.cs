using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Endpoints;

public static class AuthEndpoints
{
    public sealed record TokenRequest([property: Required(ErrorMessage = "请填写用户名。")] string? UserName, [property: Required(ErrorMessage = "请填写密码。")] string? Password);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/auth", "账户");
        group.MapPost("/token", IssueToken)
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("用用户名和密码换取访问令牌")
            .WithDescription("令牌放在 Authorization: Bearer 头中使用。失败的登录按来源地址和用户名限速：过多时答 429 并在 Retry-After 头给出等待秒数。");
    }

    private static async Task<Results<Ok<TokenService.Token>, ProblemHttpResult>> IssueToken(TokenRequest request, TokenService tokens, HttpContext context)
    {
        var (token, failure) = await tokens.IssueAsync(request.UserName!, request.Password!);
        if (failure is null)
        {
            return TypedResults.Ok(token!);
        }
        var message = SignInGuard.Message(failure);
        if (failure.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = SignInGuard.Seconds(wait);
            return TypedResults.Problem(message, statusCode: StatusCodes.Status429TooManyRequests, title: "登录尝试过多");
        }
        return TypedResults.Problem(message, statusCode: StatusCodes.Status401Unauthorized,
            title: failure.Failure == SignInGuard.Failure.LockedOut ? "账户已锁定" : "登录失败");
    }
}

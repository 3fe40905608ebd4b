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
            .WithSummary("用用户名和密码换取访问令牌")
            .WithDescription("连续 5 次密码错误后账户锁定一段时间。令牌放在 Authorization: Bearer 头中使用。");
    }

    private static async Task<Results<Ok<TokenService.Token>, ProblemHttpResult>> IssueToken(TokenRequest request, TokenService tokens)
    {
        var (token, failure) = await tokens.IssueAsync(request.UserName!, request.Password!);
        return failure switch
        {
            null => TypedResults.Ok(token),
            TokenService.Failure.LockedOut => TypedResults.Problem("连续多次密码错误，账户已被暂时锁定，请稍后再试。", statusCode: StatusCodes.Status401Unauthorized, title: "账户已锁定"),
            _ => TypedResults.Problem("用户名或密码不正确。", statusCode: StatusCodes.Status401Unauthorized, title: "登录失败"),
        };
    }
}

using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Endpoints;

public static class UserEndpoints
{
    public sealed record CreateUserRequest(
        [property: Required(ErrorMessage = "请填写用户名。"), StringLength(64, ErrorMessage = "用户名最长 64 个字符。")] string? UserName,
        [property: Required(ErrorMessage = "请填写密码。")] string? Password,
        [property: Required(ErrorMessage = "请填写姓名。"), StringLength(100, ErrorMessage = "姓名最长 100 字。")] string? DisplayName,
        [property: Required(ErrorMessage = "请至少选择一个角色。")] string[]? Roles,
        Guid? SchoolId,
        [property: StringLength(50)] string? Region);

    public static void MapUserEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/users", "用户").RequireAuthorization(SchoolPermissions.ManageUsers.Name);
        group.MapGet("/", async (ClaimsPrincipal user, AccountService accounts) => TypedResults.Ok(await accounts.ListAsync(user)))
            .WithSummary("列出可管理的用户（学校管理员只看到本校）");
        group.MapPost("/", Create)
            .WithSummary("新建用户（系统管理员；地区管理员限本地区学校；学校管理员限本校）；地区管理员角色须带 region，只有系统管理员可授予");
    }

    private static async Task<Created<AccountService.UserView>> Create(CreateUserRequest request, ClaimsPrincipal user, AccountService accounts)
    {
        var created = await accounts.CreateAsync(user, new AccountService.NewUser(request.UserName!, request.Password!, request.DisplayName!, request.Roles!, request.SchoolId, request.Region));
        return TypedResults.Created($"/api/v1/users/{created.Id}", created);
    }
}

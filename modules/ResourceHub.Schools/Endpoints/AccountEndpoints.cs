using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Endpoints;

/// <summary>Changing accounts: the user routes beside create/list, and one's own password.</summary>
public static class AccountEndpoints
{
    public sealed record UpdateUserRequest(
        [property: Required(ErrorMessage = "请填写姓名。"), StringLength(100, ErrorMessage = "姓名最长 100 字。")] string? DisplayName,
        [property: Required(ErrorMessage = "请至少选择一个角色。")] string[]? Roles,
        Guid? SchoolId);

    public sealed record PasswordChange(
        [property: Required(ErrorMessage = "请填写当前密码。")] string? CurrentPassword,
        [property: Required(ErrorMessage = "请填写新密码。")] string? NewPassword);

    public sealed record PasswordReset([property: Required(ErrorMessage = "请填写新密码。")] string? NewPassword);

    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/users", "用户").RequireAuthorization(SchoolPermissions.ManageUsers.Name);
        group.MapGet("/{id:guid}", Get).WithSummary("查看一个可管理的用户");
        group.MapPut("/{id:guid}", Update).WithSummary("修改用户的姓名、角色和学校（学校管理员限本校，不能授予管理员角色）")
            .WithDescription("角色变更从该用户的下一次请求起生效：被移除角色所需的操作返回 403。专家身份只能通过专家库聘任，不能通过角色授予。");
        group.MapPost("/{id:guid}/disable", Disable).WithSummary("停用用户：不能登录，已签发的令牌和 Cookie 从下一次请求起返回 401");
        group.MapPost("/{id:guid}/enable", Enable).WithSummary("启用用户（旧令牌仍然无效，需要重新登录）");
        group.MapPost("/{id:guid}/password", Reset).WithSummary("管理员为用户重设密码（该用户已签发的令牌随即失效）");

        endpoints.MapApiGroup("/api/v1/auth", "账户").MapPost("/password", Change).RequireAuthorization()
            .WithSummary("修改本人密码（至少 10 个字符，不能是常见密码）")
            .WithDescription("成功后返回 204，本人此前签发的所有令牌和 Cookie 都不再有效，请重新登录。");
    }

    private static async Task<Ok<AccountService.UserView>> Get(Guid id, ClaimsPrincipal user, AccountService accounts) =>
        TypedResults.Ok((await accounts.ListAsync(user)).FirstOrDefault(u => u.Id == id) ?? throw new NotFoundException("用户不存在。"));

    private static async Task<Ok<AccountService.UserView>> Update(Guid id, UpdateUserRequest request, ClaimsPrincipal user, AccountService accounts) =>
        TypedResults.Ok(await accounts.UpdateAsync(user, id, new(request.DisplayName!, request.Roles!, request.SchoolId)));

    private static async Task<NoContent> Disable(Guid id, ClaimsPrincipal user, AccountService accounts)
    {
        await accounts.DisableAsync(user, id);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Enable(Guid id, ClaimsPrincipal user, AccountService accounts)
    {
        await accounts.EnableAsync(user, id);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Reset(Guid id, PasswordReset request, ClaimsPrincipal user, AccountService accounts)
    {
        await accounts.ResetPasswordAsync(user, id, request.NewPassword!);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Change(PasswordChange request, ClaimsPrincipal user, AccountService accounts)
    {
        await accounts.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        return TypedResults.NoContent();
    }
}

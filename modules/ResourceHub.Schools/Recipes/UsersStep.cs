using System.Security.Claims;
using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Recipes;

/// <summary>
/// <c>{"step": "users", "users": [{"ref", "userName", "password", "displayName", "roles", "school", "region"}]}</c>;
/// <c>school</c> is the ref of a school created earlier in the recipe; <c>region</c> is a RegionAdmin's region.
/// </summary>
public sealed class UsersStep(AccountService accounts) : IRecipeStep
{
    private sealed record Item(string? Ref, string UserName, string Password, string DisplayName, string[] Roles, string? School, string? Region);

    // Recipes are run by the site itself, with an administrator's rights.
    private static readonly ClaimsPrincipal Setup = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)], "recipe"));

    public string Name => "users";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("users"))
        {
            var school = item.School is null ? (Guid?)null : context.Resolve(item.School);
            var user = await accounts.CreateAsync(Setup, new AccountService.NewUser(item.UserName, item.Password, item.DisplayName, item.Roles, school, item.Region), cancellationToken);
            context.Remember(item.Ref ?? item.UserName, user.Id);
        }
    }
}

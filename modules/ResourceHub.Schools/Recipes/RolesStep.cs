using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;

namespace ResourceHub.Schools.Recipes;

/// <summary>
/// <c>{"step": "roles", "roles": ["Admin", ...]}</c>: creates the roles and grants each the
/// permissions whose modules name it as a default holder.
/// </summary>
public sealed class RolesStep(RoleManager<IdentityRole<Guid>> roles, ModuleCatalog modules) : IRecipeStep
{
    public string Name => "roles";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var names = step.Items<string>("roles");
        var permissions = modules.Modules.SelectMany(m => m.Permissions).ToArray();
        foreach (var name in names.Count > 0 ? names : Roles.All)
        {
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new IdentityRole<Guid>(name);
                await roles.CreateAsync(role);
            }
            var held = (await roles.GetClaimsAsync(role)).Where(c => c.Type == ResourceHubClaims.PermissionType).Select(c => c.Value).ToHashSet();
            foreach (var permission in permissions.Where(p => p.DefaultRoles.Contains(name) && !held.Contains(p.Name)))
            {
                await roles.AddClaimAsync(role, new Claim(ResourceHubClaims.PermissionType, permission.Name));
            }
        }
    }
}

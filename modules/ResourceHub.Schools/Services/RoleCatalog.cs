using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using ResourceHub.Core.Modules;
using ResourceHub.Core.Security;

namespace ResourceHub.Schools.Services;

/// <summary>
/// Creates a role when it is first needed and grants it the permissions whose modules name it as
/// a default holder, so a role added after a site was set up (RegionAdmin) works there too.
/// </summary>
public sealed class RoleCatalog(RoleManager<IdentityRole<Guid>> roles, ModuleCatalog modules)
{
    public async Task EnsureAsync(string name)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new IdentityRole<Guid>(name);
            await roles.CreateAsync(role);
        }
        var held = (await roles.GetClaimsAsync(role)).Where(c => c.Type == ResourceHubClaims.PermissionType).Select(c => c.Value).ToHashSet();
        foreach (var permission in modules.Modules.SelectMany(m => m.Permissions).Where(p => p.DefaultRoles.Contains(name) && !held.Contains(p.Name)))
        {
            await roles.AddClaimAsync(role, new Claim(ResourceHubClaims.PermissionType, permission.Name));
        }
    }
}

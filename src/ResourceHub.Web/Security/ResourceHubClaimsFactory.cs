using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ResourceHub.Core.Data;
using ResourceHub.Core.Security;

namespace ResourceHub.Web.Security;

/// <summary>Adds the user's school and display name; role permissions come from role claims.</summary>
public sealed class ResourceHubClaimsFactory(
    UserManager<ResourceHubUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ResourceHubUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ResourceHubUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ResourceHubClaims.DisplayNameType, user.DisplayName));
        if (user.SchoolId is { } school)
        {
            identity.AddClaim(new Claim(ResourceHubClaims.SchoolIdType, school.ToString()));
        }
        return identity;
    }
}

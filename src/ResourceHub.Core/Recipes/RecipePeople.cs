using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using ResourceHub.Core.Data;

namespace ResourceHub.Core.Recipes;

/// <summary>
/// The people a recipe names (a user ref of the recipe) as the principals the services check,
/// so a recipe step acts through the same rules as that person would on the site.
/// </summary>
public sealed class RecipePeople(UserManager<ResourceHubUser> users, SignInManager<ResourceHubUser> signIn)
{
    public async Task<ClaimsPrincipal> PrincipalAsync(RecipeContext context, string reference)
    {
        var user = await users.FindByIdAsync(context.Resolve(reference).ToString())
            ?? throw new RecipeException($"配方中的用户“{reference}”不存在。");
        return await signIn.CreateUserPrincipalAsync(user);
    }
}

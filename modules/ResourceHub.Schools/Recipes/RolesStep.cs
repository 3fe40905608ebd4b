using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Recipes;

/// <summary>
/// <c>{"step": "roles", "roles": ["Admin", ...]}</c>: creates the roles and grants each the
/// permissions whose modules name it as a default holder.
/// </summary>
public sealed class RolesStep(RoleCatalog roles) : IRecipeStep
{
    public string Name => "roles";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        var names = step.Items<string>("roles");
        foreach (var name in names.Count > 0 ? names : Roles.All)
        {
            await roles.EnsureAsync(name);
        }
    }
}

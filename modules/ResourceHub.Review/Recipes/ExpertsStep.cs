using System.Security.Claims;
using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Recipes;

/// <summary>
/// <c>{"step": "experts", "experts": [{"user", "specialtyCodes": ["01"], "region", "organisation", "appointedFrom", "appointedTo"}]}</c>:
/// appoints users (refs of the recipe) to the expert pool through the same service an administrator uses.
/// </summary>
public sealed class ExpertsStep(ExpertPool pool, TimeProvider clock) : IRecipeStep
{
    private sealed record Item(string User, string[] SpecialtyCodes, string? Region, string Organisation, DateOnly? AppointedFrom, DateOnly? AppointedTo);

    // Recipes are run by the site itself, with an administrator's rights.
    private static readonly ClaimsPrincipal Setup = new(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)], "recipe"));

    public string Name => "experts";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("experts"))
        {
            await pool.AppointAsync(Setup, new ExpertPool.Appointment(context.Resolve(item.User), item.SpecialtyCodes, item.Region, item.Organisation,
                item.AppointedFrom ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), item.AppointedTo), cancellationToken);
        }
    }
}

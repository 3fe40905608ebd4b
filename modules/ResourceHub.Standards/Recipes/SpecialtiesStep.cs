using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Recipes;

/// <summary><c>{"step": "specialties", "specialties": [{"code", "name", "category", "hasIntegratedStandard"}]}</c></summary>
public sealed class SpecialtiesStep(SpecialtyService specialties) : IRecipeStep
{
    private sealed record Item(string Code, string Name, string? Category, bool HasIntegratedStandard);

    public string Name => "specialties";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("specialties"))
        {
            await specialties.CreateAsync(item.Code, item.Name, item.Category, item.HasIntegratedStandard, cancellationToken);
        }
    }
}

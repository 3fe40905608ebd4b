using System.Text.Json;

namespace ResourceHub.Core.Recipes;

/// <summary>
/// Handles one kind of recipe step (<c>{"step": "schools", ...}</c>). Each module registers the
/// steps for the data it owns, so a recipe never writes another module's tables directly.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken);
}

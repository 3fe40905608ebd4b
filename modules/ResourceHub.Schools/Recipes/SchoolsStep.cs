using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Schools.Models;
using ResourceHub.Schools.Services;

namespace ResourceHub.Schools.Recipes;

/// <summary><c>{"step": "schools", "schools": [{"ref", "name", "kind", "region"}]}</c></summary>
public sealed class SchoolsStep(SchoolService schools) : IRecipeStep
{
    private sealed record Item(string? Ref, string Name, SchoolKind Kind, string Region);

    public string Name => "schools";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("schools"))
        {
            var school = await schools.CreateAsync(item.Name, item.Kind, item.Region, cancellationToken);
            context.Remember(item.Ref ?? item.Name, school.Id);
        }
    }
}

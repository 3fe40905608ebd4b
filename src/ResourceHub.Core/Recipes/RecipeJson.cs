using System.Text.Json;

namespace ResourceHub.Core.Recipes;

/// <summary>Reads a step's array property into typed records with the site's JSON rules.</summary>
public static class RecipeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static IReadOnlyList<T> Items<T>(this JsonElement step, string property) =>
        step.TryGetProperty(property, out var items)
            ? items.Deserialize<List<T>>(Options) ?? []
            : [];
}

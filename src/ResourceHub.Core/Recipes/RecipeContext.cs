namespace ResourceHub.Core.Recipes;

/// <summary>
/// What steps of one recipe run share: names given to created records (so a later step can
/// refer to <c>"school": "demo-school-1"</c>) and the folder the recipe came from (for files).
/// </summary>
public sealed class RecipeContext(string recipeFolder)
{
    private readonly Dictionary<string, Guid> _refs = new(StringComparer.Ordinal);

    public string RecipeFolder { get; } = recipeFolder;

    public void Remember(string reference, Guid id) => _refs[reference] = id;

    public Guid Resolve(string reference) =>
        _refs.TryGetValue(reference, out var id)
            ? id
            : throw new RecipeException($"配方引用了未定义的“{reference}”。");
}

public sealed class RecipeException(string message) : Exception(message);

using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ResourceHub.Core.Recipes;

/// <summary>Runs a recipe file: its steps in order, each by the module step of that name.</summary>
public sealed class RecipeRunner(IEnumerable<IRecipeStep> steps, ILogger<RecipeRunner> logger)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public async Task RunAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new RecipeException($"找不到配方文件 {path}。");
        }
        await using var stream = File.OpenRead(path);
        using var doc = await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }, cancellationToken);
        var context = new RecipeContext(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await RunStepsAsync(doc.RootElement, context, cancellationToken);
    }

    private async Task RunStepsAsync(JsonElement recipe, RecipeContext context, CancellationToken cancellationToken)
    {
        if (!recipe.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException("配方缺少 steps 数组。");
        }
        foreach (var step in steps.EnumerateArray())
        {
            var name = step.TryGetProperty("step", out var n) ? n.GetString() : null;
            if (name == "include")
            {
                // A recipe may build on another (demo = default + sample content).
                var file = step.GetProperty("recipe").GetString()!;
                await using var stream = File.OpenRead(Path.Combine(context.RecipeFolder, file));
                using var inner = await JsonDocument.ParseAsync(stream, default, cancellationToken);
                await RunStepsAsync(inner.RootElement, context, cancellationToken);
                continue;
            }
            if (name is null || !_steps.TryGetValue(name, out var handler))
            {
                throw new RecipeException($"配方步骤“{name}”没有对应的模块处理。");
            }
            logger.LogInformation("Recipe step {Step}", name);
            await handler.ExecuteAsync(step, context, cancellationToken);
        }
    }
}

using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Zone.Models;
using ResourceHub.Zone.Services;

namespace ResourceHub.Zone.Recipes;

/// <summary>
/// <c>{"step": "articles", "articles": [{"kind", "title", "body" | "bodyFile", "pinned", "issuedOn"}]}</c>;
/// <c>bodyFile</c> is a Markdown or text file beside the recipe; <c>issuedOn</c> (yyyy-MM-dd) the document's own date.
/// </summary>
public sealed class ArticlesStep(ArticleService articles) : IRecipeStep
{
    private sealed record Item(ArticleKind Kind, string Title, string? Body, string? BodyFile, bool Pinned, DateOnly? IssuedOn);

    public string Name => "articles";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("articles"))
        {
            var body = item.BodyFile is null
                ? item.Body
                : await File.ReadAllTextAsync(Path.Combine(context.RecipeFolder, item.BodyFile), cancellationToken);
            await articles.CreateAsync(new ArticleService.ArticleInput(item.Kind, item.Title, body, item.Pinned, Publish: true, item.IssuedOn), null, cancellationToken);
        }
    }
}

using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Review.Services;

namespace ResourceHub.Review.Recipes;

/// <summary>
/// <c>{"step": "reviewPolicies", "policies": [{"region": null, "resourceType": "Textbook", "expertApprovals": 1}]}</c>:
/// region null is the national default; a region's row overrides it for that region's schools.
/// </summary>
public sealed class ReviewPoliciesStep(ReviewPolicies policies) : IRecipeStep
{
    private sealed record Item(string? Region, ResourceType ResourceType, int ExpertApprovals);

    public string Name => "reviewPolicies";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("policies"))
        {
            await policies.SetAsync(item.Region, item.ResourceType, item.ExpertApprovals, cancellationToken);
        }
    }
}

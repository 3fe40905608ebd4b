using System.Security.Claims;
using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.Recipes;

/// <summary>
/// <c>{"step": "showcases", "showcases": [{"kind", "title", "description", "school", "specialtyCode",
/// "nominatedBy", "scoredBy": ["expert"], "percent": 92}]}</c>: sample evaluation results for a
/// demo site, made as people make them: the school's admin nominates, each expert scores every
/// criterion of the rubric at <c>percent</c> of its maximum, and the result is published.
/// The experts who score are the panel, appointed by the site (as an administrator).
/// </summary>
public sealed class ShowcasesStep(EvaluationService evaluations, RecipePeople people) : IRecipeStep
{
    private sealed record Item(
        ShowcaseKind Kind, string Title, string? Description, string School, string? SpecialtyCode, string NominatedBy, string[] ScoredBy, int Percent);

    // The site itself appoints the panel and publishes, with an administrator's rights.
    private static readonly ClaimsPrincipal Site = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Role, Roles.Admin), new Claim(ClaimTypes.NameIdentifier, Guid.Empty.ToString())], "recipe"));

    public string Name => "showcases";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("showcases"))
        {
            var nominator = await people.PrincipalAsync(context, item.NominatedBy);
            var nomination = await evaluations.NominateAsync(
                nominator, new(item.Kind, item.Title, item.Description, context.Resolve(item.School), item.SpecialtyCode), cancellationToken);
            await evaluations.AssignPanelAsync(Site, nomination.Id, item.ScoredBy.Select(context.Resolve).ToList(), cancellationToken);
            var rubric = await evaluations.RubricAsync(item.Kind, cancellationToken);
            var points = rubric.Select(c => new EvaluationService.Points(c.Id, (int)Math.Round(c.MaxScore * item.Percent / 100.0))).ToList();
            foreach (var expert in item.ScoredBy)
            {
                await evaluations.ScoreAsync(await people.PrincipalAsync(context, expert), nomination.Id, points, cancellationToken);
            }
            await evaluations.PublishAsync(Site, nomination.Id, cancellationToken);
        }
    }
}

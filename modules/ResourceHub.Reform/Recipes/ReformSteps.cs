using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Reform.Models;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.Recipes;

/// <summary>
/// <c>{"step": "targets", "targets": [{"region": "全国", "specialties", "schools", "teachers",
/// "phases": [{"number", "name", "start", "end", "specialties", "schools", "teachers"}]}]}</c>
/// </summary>
public sealed class TargetsStep(TargetService targets) : IRecipeStep
{
    private sealed record PhaseItem(int Number, string Name, DateOnly Start, DateOnly End, int? Specialties, int? Schools, int? Teachers);

    private sealed record Item(string? Region, int Specialties, int Schools, int Teachers, List<PhaseItem>? Phases);

    public string Name => "targets";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("targets"))
        {
            await targets.SetTargetAsync(item.Region, item.Specialties, item.Schools, item.Teachers, cancellationToken);
            foreach (var p in item.Phases ?? [])
            {
                await targets.SetPhaseAsync(item.Region, new(p.Number, p.Name, p.Start, p.End, p.Specialties, p.Schools, p.Teachers), cancellationToken);
            }
        }
    }
}

/// <summary><c>{"step": "regional-rules", "rules": [{"region", "technicianCollegeLimit", "otherSchoolLimit", "integratedHoursMultiplier"}]}</c></summary>
public sealed class RegionalRulesStep(RuleService rules) : IRecipeStep
{
    private sealed record Item(string? Region, int? TechnicianCollegeLimit, int? OtherSchoolLimit, decimal IntegratedHoursMultiplier);

    public string Name => "regional-rules";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("rules"))
        {
            await rules.SetAsync(item.Region, item.TechnicianCollegeLimit, item.OtherSchoolLimit, item.IntegratedHoursMultiplier, cancellationToken);
        }
    }
}

/// <summary><c>{"step": "rubrics", "rubrics": [{"kind": "FineCourse", "criteria": [{"name", "maxScore"}]}]}</c></summary>
public sealed class RubricsStep(EvaluationService evaluations) : IRecipeStep
{
    private sealed record Criterion(string Name, int MaxScore);

    private sealed record Item(ShowcaseKind Kind, List<Criterion> Criteria);

    public string Name => "rubrics";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("rubrics"))
        {
            await evaluations.SetRubricAsync(item.Kind, item.Criteria.Select(c => (c.Name, c.MaxScore)).ToList(), cancellationToken);
        }
    }
}

/// <summary><c>{"step": "evaluation-rules", "rules": [{"kind", "minimumScores", "trimFrom", "publishThreshold"}]}</c></summary>
public sealed class EvaluationRulesStep(EvaluationService evaluations) : IRecipeStep
{
    private sealed record Item(ShowcaseKind Kind, int MinimumScores, int? TrimFrom, decimal PublishThreshold);

    public string Name => "evaluation-rules";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("rules"))
        {
            await evaluations.SetRuleAsync(item.Kind, item.MinimumScores, item.TrimFrom, item.PublishThreshold, cancellationToken);
        }
    }
}

using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.Recipes;

/// <summary>
/// <c>{"step": "teaching-records", "training": [{"by", "teacher", "school", "course", "hours", "date", "base"}],
/// "workload": [{"by", "teacher", "school", "course", "hours", "integrated", "term"}]}</c>: sample
/// training records and teaching hours for a demo site, entered by the named school admin through
/// the same services (and rules) as the pages.
/// </summary>
public sealed class TeachingRecordsStep(TrainingService training, WorkloadService workload, RecipePeople people) : IRecipeStep
{
    private sealed record Training(string By, string Teacher, string School, string Course, decimal Hours, DateOnly Date, string Base);

    private sealed record Load(string By, string Teacher, string School, string Course, decimal Hours, bool Integrated, string Term);

    public string Name => "teaching-records";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Training>("training"))
        {
            await training.AddAsync(await people.PrincipalAsync(context, item.By),
                new TrainingService.TrainingInput(item.Teacher, context.Resolve(item.School), item.Course, item.Hours, item.Date, item.Base), cancellationToken);
        }
        foreach (var item in step.Items<Load>("workload"))
        {
            await workload.AddAsync(await people.PrincipalAsync(context, item.By),
                item.Teacher, context.Resolve(item.School), item.Course, item.Hours, item.Integrated, item.Term, cancellationToken);
        }
    }
}

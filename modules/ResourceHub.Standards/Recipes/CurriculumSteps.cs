using System.Security.Claims;
using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Standards.Models;
using ResourceHub.Standards.Services;

namespace ResourceHub.Standards.Recipes;

/// <summary>
/// <c>{"step": "courses", "courses": [{"ref", "specialtyCode", "name", "hours", "tasks": [{"ref", "name", "workTask", "hours"}]}]}</c>;
/// a <c>ref</c> names the course or task for later steps (packages linked to a learning task).
/// </summary>
public sealed class CoursesStep(CurriculumService curriculum) : IRecipeStep
{
    private sealed record TaskItem(string? Ref, string Name, string WorkTask, int? Hours);

    private sealed record Item(string? Ref, string SpecialtyCode, string Name, string? Description, int? Hours, List<TaskItem>? Tasks);

    public string Name => "courses";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Item>("courses"))
        {
            var course = await curriculum.CreateCourseAsync(item.SpecialtyCode, item.Name, item.Description, item.Hours, cancellationToken);
            if (item.Ref is not null)
            {
                context.Remember(item.Ref, course.Id);
            }
            foreach (var task in item.Tasks ?? [])
            {
                var added = await curriculum.AddTaskAsync(course.Id, task.Name, task.WorkTask, task.Hours, cancellationToken);
                if (task.Ref is not null)
                {
                    context.Remember(task.Ref, added.Id);
                }
            }
        }
    }
}

/// <summary>
/// <c>{"step": "course-standards", "standards": [{"ref", "specialtyCode", "title", "skillLevels": [],
/// "trainingGoals", "courseArrangement", "courseNorms", "implementationAdvice", "assessment"}]}</c>: national standards, version 1.
/// </summary>
public sealed class CourseStandardsStep(StandardService standards) : IRecipeStep
{
    private sealed record Item(
        string? Ref, string SpecialtyCode, string Title, List<string> SkillLevels,
        string TrainingGoals, string CourseArrangement, string CourseNorms, string ImplementationAdvice, string Assessment);

    public string Name => "course-standards";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var i in step.Items<Item>("standards"))
        {
            var sections = new StandardSections(i.TrainingGoals, i.CourseArrangement, i.CourseNorms, i.ImplementationAdvice, i.Assessment);
            var standard = await standards.CreateAsync(new ClaimsPrincipal(), i.SpecialtyCode, i.Title, sections, i.SkillLevels, cancellationToken);
            context.Remember(i.Ref ?? i.Title, standard.Id);
        }
    }
}

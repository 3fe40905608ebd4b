using System.Text.Json;
using ResourceHub.Core.Recipes;
using ResourceHub.Training.Models;
using ResourceHub.Training.Services;

namespace ResourceHub.Training.Recipes;

/// <summary>
/// <c>{"step": "training-programmes", "programmes": [{"by", "title", "description", "specialtyCode", "hours",
/// "startsInDays", "days", "capacity", "units": [{"kind", "title", "inDays", "place", "instructions"}], "enrol": [user refs]}]}</c>:
/// a demo programme of the named school admin's school, built and joined through the same services
/// as the pages. Dates count from the day the recipe runs, so the demo programme is open when shown.
/// </summary>
public sealed class ProgrammesStep(ProgrammeService programmes, UnitService units, EnrolmentService enrolments, RecipePeople people) : IRecipeStep
{
    private sealed record Unit(UnitKind Kind, string Title, int? InDays, string? Place, string? Instructions);

    private sealed record Programme(
        string By, string Title, string? Description, string SpecialtyCode, decimal Hours, int StartsInDays, int Days, int Capacity,
        IReadOnlyList<Unit>? Units, IReadOnlyList<string>? Enrol);

    public string Name => "training-programmes";

    public async Task ExecuteAsync(JsonElement step, RecipeContext context, CancellationToken cancellationToken)
    {
        foreach (var item in step.Items<Programme>("programmes"))
        {
            var organiser = await people.PrincipalAsync(context, item.By);
            var start = EnrolmentService.Today.AddDays(item.StartsInDays);
            var programme = await programmes.CreateAsync(organiser, new ProgrammeService.ProgrammeInput(
                item.Title, item.Description, OrganiserKind.School, null, null, item.SpecialtyCode, item.Hours, start, start.AddDays(item.Days), item.Capacity), cancellationToken);
            foreach (var unit in item.Units ?? [])
            {
                var at = unit.InDays is { } days ? new DateTimeOffset(start.AddDays(days).ToDateTime(new TimeOnly(19, 0)), Core.Content.ChinaTime.Offset) : (DateTimeOffset?)null;
                await units.AddAsync(organiser, programme.Id, new UnitService.UnitInput(unit.Kind, unit.Title, null, null, at, unit.Place, unit.Instructions), cancellationToken);
            }
            foreach (var teacher in item.Enrol ?? [])
            {
                await enrolments.EnrolAsync(await people.PrincipalAsync(context, teacher), programme.Id, null, waitIfFull: false, cancellationToken);
            }
        }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ResourceHub.Resources;
using ResourceHub.Training.Models;
using ResourceHub.Training.Services;

namespace ResourceHub.Training.Pages.Training.Manage;

/// <summary>
/// A programme for its organisers: its units (published packages of its specialty, sessions,
/// assignments) and the table of participants with marking; a school administrator sees their own teachers' rows.
/// </summary>
[Authorize]
public sealed class ProgrammeModel(ParticipantTable table, UnitService units, LearningService learning, IPackageViews packages) : TrainingPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public ParticipantTable.Table Table { get; private set; } = null!;
    public bool Manages { get; private set; }
    public IReadOnlyList<PackageTitle> Packages { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Table = await table.BuildAsync(User, Id, ct);
        Manages = User.Manages(Table.Programme);
        if (Manages)
        {
            Packages = await packages.PublishedTitlesAsync(specialtyCode: Table.Programme.SpecialtyCode, ct: ct);
        }
    }

    public Task<IActionResult> OnPostUnitAsync(UnitKind kind, string title, Guid? packageId, DateTimeOffset? sessionAt, string? place, string? instructions, CancellationToken ct) =>
        // The form's local time is China time, whatever zone the server runs in.
        RunAsync(() => units.AddAsync(User, Id, new(kind, title ?? "", packageId, null,
            sessionAt is { } at ? new DateTimeOffset(at.DateTime, Core.Content.ChinaTime.Offset) : null, place, instructions), ct), "已添加单元。", ct);

    public Task<IActionResult> OnPostMarkAsync(Guid enrolmentId, Guid unitId, bool passed, string? comment, CancellationToken ct) =>
        RunAsync(() => learning.MarkAsync(User, enrolmentId, unitId, passed, comment, ct), passed ? "已评为合格。" : "已退回修改。", ct);
}

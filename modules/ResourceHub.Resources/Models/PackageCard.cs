namespace ResourceHub.Resources.Models;

/// <summary>
/// A package as a list shows it. Published lists build it from the published version's snapshot,
/// so a package whose next version is being revised shows (and is filed under) what was approved.
/// Init properties, not a positional record: EF filters and sorts on a member-init projection.
/// </summary>
public sealed record PackageCard
{
    public Guid Id { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public required string SpecialtyCode { get; init; }
    public string? CourseName { get; init; }
    public ResourceType ResourceType { get; init; }
    public TextbookForm? TextbookForm { get; init; }
    public SkillLevel? SkillLevel { get; init; }
    public int Version { get; init; }
    public PackageStatus Status { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public long Downloads { get; init; }
    /// <summary>The review stage it waits at (学校审核, 专家审核), for its own school's lists.</summary>
    public string? ReviewStage { get; init; }

    public string StatusText => ReviewStageText.StatusWithStage(Status, ReviewStage);

    /// <summary>The working version, for its own school's lists.</summary>
    public static PackageCard From(ResourcePackage p) => new()
    {
        Id = p.Id, Title = p.Title, Description = p.Description, SpecialtyCode = p.SpecialtyCode, CourseName = p.CourseName,
        ResourceType = p.ResourceType, TextbookForm = p.TextbookForm, SkillLevel = p.SkillLevel, Version = p.Version,
        Status = p.Status, UpdatedAt = p.UpdatedAt, Downloads = p.Downloads,
    };
}

namespace ResourceHub.Resources.Models;

/// <summary>
/// The immutable snapshot of a package's metadata and file hashes as one version was submitted.
/// Written by the review gate on submission; shown to everyone for the published version while a
/// newer version is being revised or reviewed.
/// </summary>
public sealed class PackageVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PackageId { get; init; }
    public int Version { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public required string SpecialtyCode { get; init; }
    public string? CourseName { get; init; }
    public Guid? CourseId { get; init; }
    public Guid? LearningTaskId { get; init; }
    public ResourceType ResourceType { get; init; }
    public TextbookForm? TextbookForm { get; init; }
    public SkillLevel? SkillLevel { get; init; }
    public List<string> Tags { get; init; } = [];
    public List<string> Authors { get; init; } = [];
    public string Licence { get; init; } = "";
    /// <summary>Lowercase hex SHA-256 of every file of this version, sorted.</summary>
    public List<string> FileHashes { get; init; } = [];
    public DateTimeOffset SubmittedAt { get; init; } = DateTimeOffset.UtcNow;
    public Guid SubmittedById { get; init; }

    public static PackageVersion Capture(ResourcePackage p, Guid submittedBy) => new()
    {
        PackageId = p.Id,
        Version = p.Version,
        Title = p.Title,
        Description = p.Description,
        SpecialtyCode = p.SpecialtyCode,
        CourseName = p.CourseName,
        CourseId = p.CourseId,
        LearningTaskId = p.LearningTaskId,
        ResourceType = p.ResourceType,
        TextbookForm = p.TextbookForm,
        SkillLevel = p.SkillLevel,
        Tags = [.. p.Tags],
        Authors = [.. p.Authors],
        Licence = p.Licence,
        FileHashes = p.FileHashesOf(p.Version),
        SubmittedById = submittedBy,
    };
}

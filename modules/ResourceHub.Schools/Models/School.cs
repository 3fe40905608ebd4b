namespace ResourceHub.Schools.Models;

/// <summary>A 技工院校 taking part in the zone.</summary>
public sealed class School
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public SchoolKind Kind { get; set; }
    /// <summary>Full Chinese name of the province-level region (内蒙古自治区).</summary>
    public required string Region { get; set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}

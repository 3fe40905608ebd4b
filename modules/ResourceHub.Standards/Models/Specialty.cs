namespace ResourceHub.Standards.Models;

/// <summary>A 专业 of the technical-school catalogue, identified by its catalogue code.</summary>
public sealed class Specialty
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    /// <summary>A field of the catalogue (机械类, 电工电子类…), for grouping.</summary>
    public string? Category { get; set; }
    /// <summary>Has a national 工学一体化 course standard.</summary>
    public bool HasIntegratedStandard { get; set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}

namespace ResourceHub.Training.Models;

/// <summary>A 研修基地: a regional or national teacher-training base, kept by its region's administrators.</summary>
public sealed class TrainingBase
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    /// <summary>Full Chinese name of the province-level region (内蒙古自治区).</summary>
    public required string Region { get; set; }
    public BaseLevel Level { get; set; }
    public List<string> SpecialtyCodes { get; set; } = [];
    public string Contact { get; set; } = "";
    /// <summary>The school that hosts the base, if any: its school administrators run the base's programmes.</summary>
    public Guid? HostSchoolId { get; set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}

public enum BaseLevel
{
    Regional,
    National,
}

public static class BaseLevelNames
{
    public static string ToChinese(this BaseLevel level) => level == BaseLevel.National ? "国家级" : "自治区级";
}

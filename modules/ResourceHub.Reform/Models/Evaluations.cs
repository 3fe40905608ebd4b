namespace ResourceHub.Reform.Models;

/// <summary>What an evaluation chooses and the zone shows as an example.</summary>
public enum ShowcaseKind
{
    QualityClassroom,
    FineCourse,
    ModelSpecialty,
}

public static class ShowcaseKindNames
{
    public static string ToChinese(this ShowcaseKind kind) => kind switch
    {
        ShowcaseKind.QualityClassroom => "优质课堂",
        ShowcaseKind.FineCourse => "精品课程",
        _ => "示范专业",
    };
}

/// <summary>One criterion of a kind's rubric (评价标准), with the most points it can give.</summary>
public sealed class RubricCriterion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ShowcaseKind Kind { get; init; }
    public required string Name { get; set; }
    public int MaxScore { get; set; }
    public int Order { get; set; }
}

/// <summary>A school's entry for an evaluation; experts score it, then an admin publishes the result.</summary>
public sealed class Nomination
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ShowcaseKind Kind { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public Guid SchoolId { get; init; }
    public string? SpecialtyCode { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    /// <summary>Set when the result is published: the average of the experts' totals.</summary>
    public decimal? FinalScore { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    public void Publish(decimal finalScore)
    {
        FinalScore = finalScore;
        PublishedAt = DateTimeOffset.UtcNow;
    }
}

/// <summary>One expert's points for one criterion of a nomination.</summary>
public sealed class Score
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid NominationId { get; init; }
    public Guid ReviewerId { get; init; }
    public Guid CriterionId { get; init; }
    public int Points { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}

namespace ResourceHub.Reform.Models;

/// <summary>What an evaluation chooses and the zone shows as an example.</summary>
public enum ShowcaseKind
{
    QualityClassroom,
    FineCourse,
    ModelSpecialty,
    /// <summary>院校评价: a school as a whole, by the national 院校 evaluation standard.</summary>
    SchoolEvaluation,
}

public static class ShowcaseKindNames
{
    public static string ToChinese(this ShowcaseKind kind) => kind switch
    {
        ShowcaseKind.QualityClassroom => "优质课堂",
        ShowcaseKind.FineCourse => "精品课程",
        ShowcaseKind.ModelSpecialty => "示范专业",
        _ => "院校评价",
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
    /// <summary>The 一体化 course it presents (Standards), for 优质课堂 and 精品课程.</summary>
    public Guid? CourseId { get; init; }
    /// <summary>The school's published packages it rests on (evidence the experts open).</summary>
    public List<Guid> PackageIds { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    /// <summary>Set when the result is published: the (trimmed) mean of the panel's totals.</summary>
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

/// <summary>An expert appointed to a nomination's panel; only panel members score it.</summary>
public sealed class PanelMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid NominationId { get; init; }
    public Guid ExpertId { get; init; }
    public Guid AssignedById { get; init; }
    public DateTimeOffset AssignedAt { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>
/// How a kind's result is reached, as data an administrator edits: the fewest panel scores, the
/// mean's trimming (drop the highest and lowest once this many scored; null: plain mean), and the
/// threshold (on the rubric's full marks) a result must reach to be published.
/// </summary>
public sealed class EvaluationRule
{
    public ShowcaseKind Kind { get; init; }
    public int MinimumScores { get; set; } = 3;
    public int? TrimFrom { get; set; } = 5;
    public decimal PublishThreshold { get; set; } = 80;

    /// <summary>The result of these totals: the mean, without the extremes once enough scored.</summary>
    public decimal ResultOf(IReadOnlyList<decimal> totals)
    {
        var used = TrimFrom is { } from && totals.Count >= from ? totals.Order().Skip(1).SkipLast(1).ToList() : totals.ToList();
        return Math.Round(used.Average(), 2);
    }
}

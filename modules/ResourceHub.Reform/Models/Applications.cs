namespace ResourceHub.Reform.Models;

/// <summary>A 批次 in which schools of a region apply to implement 一体化 specialties.</summary>
public sealed class Batch
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    /// <summary>The region whose schools apply, or <see cref="Scope.National"/> for every school.</summary>
    public required string Region { get; set; }
    public DateOnly Opens { get; set; }
    public DateOnly Closes { get; set; }
    /// <summary>Set when the batch is assessed and closed (IM 三(三)); nothing is applied or decided after.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid? ClosedById { get; private set; }
    /// <summary>The 考核 opinion the closing administrator wrote about the batch.</summary>
    public string? Assessment { get; private set; }

    /// <summary>Why an application on <paramref name="day"/> (China time) is refused, or null when it is in the window.</summary>
    public string? RefusalOn(DateOnly day) =>
        ClosedAt is not null ? $"申报批次“{Name}”已考核结束，不再受理申报。"
        : day < Opens ? $"申报批次“{Name}”的申报时间为 {Opens:yyyy-MM-dd} 至 {Closes:yyyy-MM-dd}，尚未开始（今天是 {day:yyyy-MM-dd}）。"
        : day > Closes ? $"申报批次“{Name}”的申报时间为 {Opens:yyyy-MM-dd} 至 {Closes:yyyy-MM-dd}，已经截止（今天是 {day:yyyy-MM-dd}）。"
        : null;

    public void Close(Guid by, string assessment)
    {
        ClosedAt = DateTimeOffset.UtcNow;
        ClosedById = by;
        Assessment = assessment;
    }
}

/// <summary>A school's application to implement one specialty in one batch; approved, it is an implementation.</summary>
public sealed class SpecialtyApplication
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid BatchId { get; init; }
    public Guid SchoolId { get; init; }
    public required string SpecialtyCode { get; init; }
    public string Reason { get; init; } = "";
    /// <summary>
    /// Which of the school's places in the batch this takes (1, 2, …); unique among the batch's
    /// open and approved applications of the school, so two at once cannot both take the last place.
    /// </summary>
    public int Slot { get; init; }
    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Pending;
    public Guid? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public void Decide(bool approve, Guid by, string? comment)
    {
        Status = approve ? ApplicationStatus.Approved : ApplicationStatus.Rejected;
        DecidedById = by;
        DecidedAt = DateTimeOffset.UtcNow;
        Comment = comment;
    }
}

public enum ApplicationStatus
{
    Pending,
    Approved,
    Rejected,
}

public static class ApplicationStatusNames
{
    public static string ToChinese(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.Pending => "待审批",
        ApplicationStatus.Approved => "已批准",
        _ => "未批准",
    };
}

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

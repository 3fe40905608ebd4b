using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Review.Models;

/// <summary>
/// One line of a package's append-only history (创建, 修改, 提交, 审核, 发布…). Rows are only
/// ever added: no service, route or page updates or deletes them.
/// </summary>
public sealed class HistoryEntry
{
    public long Id { get; init; }
    public Guid PackageId { get; init; }
    public Guid? SelectionId { get; init; }
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;
    public Guid? ActorId { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public PackageStatus? FromStatus { get; init; }
    public PackageStatus? ToStatus { get; init; }
    public int Version { get; init; }
    public string? Comment { get; init; }
}

/// <summary>The actions a history entry names.</summary>
public static class HistoryActions
{
    public const string Created = "Created";
    public const string Edited = "Edited";
    public const string Submitted = "Submitted";
    public const string Approved = "Approved";
    public const string Returned = "Returned";
    public const string Rejected = "Rejected";
    public const string Published = "Published";
    public const string Revised = "Revised";
    public const string SelectionRequested = "SelectionRequested";
    public const string SelectionApproved = "SelectionApproved";
    public const string SelectionReturned = "SelectionReturned";
    public const string SelectionRejected = "SelectionRejected";

    public static string ToChinese(string action) => action switch
    {
        Created => "创建",
        Edited => "修改",
        Submitted => "提交审核",
        Approved => "审核通过",
        Returned => "退回修改",
        Rejected => "审核不通过",
        Published => "发布",
        Revised => "开始修订新版本",
        SelectionRequested => "申请选用",
        SelectionApproved => "选用审核通过",
        SelectionReturned => "选用退回",
        SelectionRejected => "选用不通过",
        _ => action,
    };
}

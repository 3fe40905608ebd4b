namespace ResourceHub.Resources;

/// <summary>
/// Draft → InReview → Published, or back to Returned (editable, resubmitted as a new version),
/// or Rejected (ended). Only the review gate moves a package out of InReview.
/// </summary>
public enum PackageStatus
{
    Draft,
    InReview,
    Returned,
    Published,
    Rejected,
}

public static class PackageStatusNames
{
    public static string ToChinese(this PackageStatus status) => status switch
    {
        PackageStatus.Draft => "草稿",
        PackageStatus.InReview => "审核中",
        PackageStatus.Returned => "已退回",
        PackageStatus.Published => "已发布",
        _ => "未通过",
    };
}

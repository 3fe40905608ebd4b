namespace ResourceHub.Resources;

/// <summary>
/// Where a draft stands in the three steps from nothing to "in review": its details, its files,
/// submitting. The pages of the steps live in three modules (Resources, Media, Review); this bar
/// ties them into one flow.
/// </summary>
public sealed record PackageSteps(int Current, Guid? PackageId)
{
    public static readonly (string Name, string Path)[] All =
    [
        ("填写基本信息", "/packages/edit/{0}"),
        ("上传文件", "/packages/{0}/upload"),
        ("提交审核", "/packages/{0}/review"),
    ];

    /// <summary>The link of a step, or null where it cannot be reached yet (no package before step 1 is saved).</summary>
    public string? Href(int step) => PackageId is { } id && step != Current ? string.Format(All[step - 1].Path, id) : null;
}

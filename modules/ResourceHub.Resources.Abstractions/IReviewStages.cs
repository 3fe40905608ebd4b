namespace ResourceHub.Resources;

/// <summary>
/// Which stage a package in review has reached (学校审核, 专家审核), so that 审核中 says where
/// it waits. Implemented by the review module, which owns the reviews; absent, pages say 审核中 only.
/// </summary>
public interface IReviewStages
{
    /// <summary>The open authoring stage of each of these packages that has one, in Chinese.</summary>
    Task<IReadOnlyDictionary<Guid, string>> OpenStagesAsync(IReadOnlyCollection<Guid> packageIds, CancellationToken ct);
}

public static class ReviewStageText
{
    /// <summary>审核中（专家审核）where the stage is known, else the status's own name.</summary>
    public static string StatusWithStage(PackageStatus status, string? stage) =>
        status == PackageStatus.InReview && stage is not null ? $"{status.ToChinese()}（{stage}）" : status.ToChinese();

    /// <summary>The stages of those of <paramref name="packages"/> that are in review, from whichever module knows them.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> OfAsync(
        this IEnumerable<IReviewStages> sources, IEnumerable<(Guid Id, PackageStatus Status)> packages, CancellationToken ct)
    {
        var inReview = packages.Where(p => p.Status == PackageStatus.InReview).Select(p => p.Id).ToList();
        var stages = new Dictionary<Guid, string>();
        foreach (var source in sources)
        {
            foreach (var (id, stage) in await source.OpenStagesAsync(inReview, ct))
            {
                stages[id] = stage;
            }
        }
        return stages;
    }
}

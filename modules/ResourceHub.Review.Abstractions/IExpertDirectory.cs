namespace ResourceHub.Review;

/// <summary>
/// The expert pool (专家库) as other modules may know it: who is an appointed expert today. Used
/// where experts serve outside review, such as an evaluation panel (评审专家组).
/// </summary>
public interface IExpertDirectory
{
    /// <summary>
    /// Those of <paramref name="userIds"/> who are active pool experts today. A school-less
    /// Reviewer an Admin created (the pool's reserve) is appointed on the way, as for a review stage.
    /// </summary>
    Task<IReadOnlySet<Guid>> ActiveExpertsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct = default);
}

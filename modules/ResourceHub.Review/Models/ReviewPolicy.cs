using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Review.Models;

/// <summary>
/// Which stages a resource type's authoring review needs: the national default (Region null)
/// or a region's override, chosen by the author's school's region. Set by the recipe, edited by admins.
/// </summary>
public sealed class ReviewPolicy
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    /// <summary>Full Chinese region name, or null for the national default.</summary>
    public string? Region { get; init; }
    public ResourceType ResourceType { get; init; }
    /// <summary>Expert approvals needed after the school stage; 0: no expert stage.</summary>
    public int ExpertApprovals { get; set; }
    /// <summary>Days an assigned expert has before the assignment is overdue and reassigned.</summary>
    public int DueDays { get; set; } = 14;
    /// <summary>Textbook rows only: a selection by a school of this region also needs an assigned expert's approval.</summary>
    public bool SelectionNeedsExpert { get; set; }
    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
}

using System.Security.Claims;
using ResourceHub.Core.Security;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>Who is deciding: enough of a user to apply the eligibility rules, from claims or from the user table.</summary>
public sealed record ReviewerIdentity(Guid Id, Guid? SchoolId, bool IsReviewer, bool IsSchoolAdmin)
{
    public static ReviewerIdentity? From(ClaimsPrincipal user) =>
        user.UserId() is { } id ? new(id, user.SchoolId(), user.IsInRole(Roles.Reviewer), user.IsInRole(Roles.SchoolAdmin)) : null;

    /// <summary>
    /// The role this person may decide <paramref name="review"/> in, or null. The school stage is
    /// for a SchoolAdmin or Reviewer of the author's school; the expert stage only for the experts
    /// assigned to it (the pool, not a role); a selection for the choosing school's committee (its
    /// Reviewers) or the outside expert assigned to it, whoever decides first. Never those with an interest in it (every creator, editor and submitter of the
    /// version, the requester, earlier deciders), never the textbook's own school for a selection.
    /// </summary>
    public string? EligibleRole(Models.Review review)
    {
        if (review.Interested.Contains(Id) || (SchoolId is not null && SchoolId == review.ExcludedSchoolId))
        {
            return null;
        }
        return review.Stage switch
        {
            ReviewStage.School when SchoolId == review.SchoolId => IsReviewer ? Roles.Reviewer : IsSchoolAdmin ? Roles.SchoolAdmin : null,
            ReviewStage.Expert when SchoolId != review.SchoolId && review.ActiveAssignmentOf(Id) is not null => ExpertRole,
            ReviewStage.Selection when SchoolId == review.SchoolId && IsReviewer => Roles.Reviewer,
            ReviewStage.Selection when SchoolId != review.SchoolId && review.ActiveAssignmentOf(Id) is not null => ExpertRole,
            _ => null,
        };
    }

    /// <summary>The role recorded on an expert's decision: expert rights come from the pool, not from a role.</summary>
    public const string ExpertRole = "Expert";

    /// <summary>In this person's queue now: open, eligible, and not yet decided by them.</summary>
    public bool CanDecideNow(Models.Review review) =>
        review.IsOpen && EligibleRole(review) is not null && review.Decisions.All(d => d.ReviewerId != Id);
}

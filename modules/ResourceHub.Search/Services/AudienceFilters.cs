using System.Collections.Concurrent;
using System.Security.Claims;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ResourceHub.Core.Security;
using ResourceHub.Search.Indexing;

namespace ResourceHub.Search.Services;

/// <summary>
/// Who may find what, as cached filters: "public" matches nine packages in ten, so building its
/// bit set anew for every search would cost more than the search itself. Segments never change,
/// so each cached set stays valid until its segment is merged away.
/// </summary>
public sealed class AudienceFilters
{
    private readonly ConcurrentDictionary<Guid, Filter> _schools = new();
    private readonly Filter _public = Cached(Audience(SearchFields.PublicAudience));

    /// <summary>The filter for this user; null for admins, who may open everything.</summary>
    public Filter? For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return null;
        }
        return user.SchoolId() is { } school
            ? _schools.GetOrAdd(school, s => Cached(new BooleanQuery
            {
                { Audience(SearchFields.PublicAudience), Occur.SHOULD },
                { Audience(SearchFields.SchoolAudience(s)), Occur.SHOULD },
            }))
            : _public;
    }

    private static TermQuery Audience(string audience) => new(new Term(SearchFields.VisibleTo, audience));

    private static Filter Cached(Query query) => new CachingWrapperFilter(new QueryWrapperFilter(query));
}

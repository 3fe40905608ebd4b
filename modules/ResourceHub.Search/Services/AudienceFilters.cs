using System.Collections.Concurrent;
using System.Security.Claims;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
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
    private readonly ConcurrentDictionary<Guid, Audience> _schools = new();
    private readonly Audience _public = new(SearchFields.PublicAudience, Cached(VisibleTo(SearchFields.PublicAudience)));

    // Admins open everything, so they find every working view and not the published view it replaces.
    private readonly Audience _admin = new(SearchFields.AdminAudience, Cached(new BooleanQuery
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { new TermQuery(new Term(SearchFields.HiddenFrom, SearchFields.AdminAudience)), Occur.MUST_NOT },
    }));

    /// <summary>Who a search is for: the filter of what they may find, and its key (users with the same key find the same packages).</summary>
    public sealed record Audience(string Key, Filter Filter);

    /// <summary>
    /// This user's audience: the published views for everyone; for a school's members also
    /// their school's working views, in place of the published views they revise.
    /// </summary>
    public Audience For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return _admin;
        }
        return user.SchoolId() is { } school
            ? _schools.GetOrAdd(school, s => new(SearchFields.SchoolAudience(s), Cached(new BooleanQuery
            {
                {
                    new BooleanQuery
                    {
                        { VisibleTo(SearchFields.PublicAudience), Occur.MUST },
                        { new TermQuery(new Term(SearchFields.HiddenFrom, SearchFields.SchoolAudience(s))), Occur.MUST_NOT },
                    },
                    Occur.SHOULD
                },
                { VisibleTo(SearchFields.SchoolAudience(s)), Occur.SHOULD },
            })))
            : _public;
    }

    private static TermQuery VisibleTo(string audience) => new(new Term(SearchFields.VisibleTo, audience));

    private static Filter Cached(Query query) => new BitSetCachingFilter(new QueryWrapperFilter(query));

    /// <summary>
    /// Caches each segment's set as a plain bit set. Lucene's default cache compresses it into a
    /// form without random access, and a filtered search must then step through it beside the
    /// query, hit by hit; a bit set is handed to the query as the documents it may accept, checked
    /// with one array read per candidate.
    /// </summary>
    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}

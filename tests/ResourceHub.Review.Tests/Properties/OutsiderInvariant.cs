using System.Security.Claims;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Resources.Services;
using ResourceHub.Search.Indexing;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Review.Tests.Properties;

/// <summary>
/// 凡编必审 as an outsider meets it, after every random step: what anonymous visitors and a
/// teacher of another school can open (the package, each file) and what the index would let them
/// find (the public document) is exactly the last approved snapshot and its files — nothing of a
/// draft, a revision or a returned version. Checked against the stored rows, by the test's own reading.
/// </summary>
public static class OutsiderInvariant
{
    public static async Task AssertAsync(SiteFixture site, GateWorld world)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ResourceHubDbContext>();
        var packages = await db.Set<ResourcePackage>().AsNoTracking().Include(p => p.Files).ToListAsync();
        var versions = await db.Set<PackageVersion>().AsNoTracking().ToListAsync();
        var documents = (await sp.GetRequiredService<PackageDocumentSource>().LoadAsync(packages.Select(p => p.Id).ToList(), CancellationToken.None))
            .ToDictionary(d => d.Id, d => d.Documents);
        var views = sp.GetRequiredService<IPackageViews>();
        var files = sp.GetRequiredService<PackageService>();
        var texts = sp.GetRequiredService<IExtractedTextSource>();

        foreach (var p in packages)
        {
            var snapshot = p.PublishedVersion is { } v ? versions.Single(s => s.PackageId == p.Id && s.Version == v) : null;
            var published = snapshot is null ? [] : p.FilesOf(snapshot.Version).Select(f => f.Id).ToHashSet();
            var publicDocuments = documents[p.Id].Where(d => d.GetValues(SearchFields.VisibleTo).Contains(SearchFields.PublicAudience)).ToList();
            Assert.Equal(snapshot is null ? 0 : 1, publicDocuments.Count);
            if (snapshot is not null)
            {
                Assert.Equal(snapshot.Title, publicDocuments[0].Get(SearchFields.Title));
                Assert.Equal(snapshot.Description, publicDocuments[0].Get(SearchFields.Description));
                var body = publicDocuments[0].Get(SearchFields.Body) ?? "";
                // Each random file holds words of its own: none but the published version's may be found.
                var others = await texts.ForFilesAsync(p.Files.Where(f => !published.Contains(f.Id)).Select(f => f.Id).ToList(), CancellationToken.None);
                Assert.DoesNotContain(others, t => body.Contains(t.Text, StringComparison.Ordinal));
            }

            foreach (var outsider in Outsiders(world, p.SchoolId))
            {
                var view = await views.ForAsync(outsider, p.Id);
                Assert.Equal(snapshot?.Title, view?.Title);
                Assert.Equal(published.Order(), (view?.Files.Select(f => f.Id) ?? []).Order());
                foreach (var file in p.Files)
                {
                    var opens = await OpensAsync(files, outsider, file.Id);
                    Assert.True(opens == published.Contains(file.Id), $"package {p.Id}: file {file.Id} opens for an outsider: {opens}");
                }
            }
        }
    }

    /// <summary>Anonymous, and a teacher of another school (teachers decide nothing, so no review gives them sight).</summary>
    private static IEnumerable<ClaimsPrincipal> Outsiders(GateWorld world, Guid schoolId) =>
        world.People.Where(p => p.SchoolId is not null && p.SchoolId != schoolId && p.Roles.SequenceEqual(["Teacher"]))
            .Take(1).Select(p => p.Principal).Prepend(new ClaimsPrincipal(new ClaimsIdentity()));

    private static async Task<bool> OpensAsync(PackageService files, ClaimsPrincipal user, Guid fileId)
    {
        try
        {
            await files.GetFileAsync(user, fileId);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}

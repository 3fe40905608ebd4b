using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Review.Models;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Review.Tests.Properties;

/// <summary>
/// 凡编必审、凡选必审, checked from the stored rows against the test's own rules: no published
/// version without its school's approval and the policy's count of expert approvals, each bound
/// to that version and its files' hashes and made by an eligible person; no approved selection
/// without an eligible reviewer's approval; no decision ever by the author.
/// </summary>
public static class GateInvariant
{
    public static async Task AssertAsync(SiteFixture site, GateWorld world)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
        var packages = await db.Set<ResourcePackage>().AsNoTracking().Include(p => p.Files).ToListAsync();
        var versions = await db.Set<PackageVersion>().AsNoTracking().ToListAsync();
        var reviews = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Decisions).ToListAsync();
        var selections = await db.Set<Selection>().AsNoTracking().ToListAsync();

        foreach (var p in packages)
        {
            var own = reviews.Where(r => r.PackageId == p.Id && r.Kind == ReviewKind.Authoring).ToList();
            foreach (var d in own.SelectMany(r => r.Decisions))
            {
                var submitter = versions.Single(v => v.PackageId == p.Id && v.Version == d.Version).SubmittedById;
                Assert.True(d.ReviewerId != p.CreatedById && d.ReviewerId != submitter, $"package {p.Id}: the author decided their own work");
            }
            if (p.Status == PackageStatus.Published)
            {
                Assert.True(p.PublishedVersion == p.Version, $"package {p.Id} is Published but its version {p.Version} is not the published one");
            }
            if (p.PublishedVersion is not { } published)
            {
                Assert.NotEqual(PackageStatus.Published, p.Status);
                continue;
            }
            var snapshot = versions.SingleOrDefault(v => v.PackageId == p.Id && v.Version == published);
            Assert.True(snapshot is not null, $"package {p.Id}: published version {published} was never submitted");
            var hashes = p.FileHashesOf(published);
            Assert.Equal(snapshot.FileHashes, hashes);
            var approvals = own.SelectMany(r => r.Decisions)
                .Where(d => d.Decision == Decision.Approve && d.Version == published && d.FileHashes.SequenceEqual(hashes))
                .Select(d => world.Find(d.ReviewerId))
                .Where(r => r.Id != p.CreatedById && r.Id != snapshot.SubmittedById)
                .ToList();
            Assert.True(approvals.Any(r => r.SchoolId == p.SchoolId && (r.Roles.Contains("SchoolAdmin") || r.Roles.Contains("Reviewer"))),
                $"package {p.Id} v{published} published without its school's approval");
            var experts = approvals.Where(r => r.SchoolId != p.SchoolId && r.Roles.Contains("Reviewer")).Select(r => r.Id).Distinct().Count();
            var needed = world.ExpertsNeeded(p.SchoolId, snapshot.ResourceType);
            Assert.True(experts >= needed, $"package {p.Id} v{published} ({snapshot.ResourceType}) published with {experts} of {needed} expert approvals");
        }

        foreach (var s in selections.Where(s => s.Status == SelectionStatus.Approved))
        {
            var package = packages.Single(p => p.Id == s.PackageId);
            var snapshot = versions.Single(v => v.PackageId == s.PackageId && v.Version == s.PackageVersion);
            Assert.Equal(ResourceType.Textbook, snapshot.ResourceType);
            var review = reviews.Single(r => r.SelectionId == s.Id);
            Assert.Contains(review.Decisions, d => d.Decision == Decision.Approve && d.Version == s.PackageVersion
                && d.ReviewerId != s.RequestedById && d.ReviewerId != package.CreatedById
                && world.Find(d.ReviewerId).Roles.Contains("Reviewer"));
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;
using ResourceHub.Review.Models;
using ResourceHub.Review.Services;
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
    public static async Task AssertAsync(SiteFixture site, GateWorld world, IReadOnlyList<(Guid PackageId, int Version, Guid UserId)> authorship)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
        var packages = await db.Set<ResourcePackage>().AsNoTracking().Include(p => p.Files).ToListAsync();
        var versions = await db.Set<PackageVersion>().AsNoTracking().ToListAsync();
        var reviews = await db.Set<Models.Review>().AsNoTracking().Include(r => r.Decisions).ToListAsync();
        var selections = await db.Set<Selection>().AsNoTracking().ToListAsync();
        var assignments = await db.Set<ReviewAssignment>().AsNoTracking().ToListAsync();
        var pool = await db.Set<Expert>().AsNoTracking().ToListAsync();

        // Experts are appointed, never minted: every pool entry was made by the administrator for someone the test
        // appointed, or is a reserve entry (every specialty) for a school-less Reviewer the administrator created.
        foreach (var e in pool)
        {
            var reserve = ExpertReserve.IsReserve(e) && world.IsReserve(e.UserId);
            Assert.True(reserve || (e.AppointedById == world.AdminId && world.IsExpert(e.UserId)), $"expert {e.UserId} in the pool was not appointed by the administrator");
        }
        // Expert stages: only assigned, appointed experts decide, never of the package's school, never someone with a hand in the package.
        foreach (var r in reviews.Where(r => r.Stage == ReviewStage.Expert))
        {
            var package = packages.Single(p => p.Id == r.PackageId);
            var earlier = reviews.Where(x => x.PackageId == r.PackageId && x.Version == r.Version && x.Kind == r.Kind && x.SelectionId == r.SelectionId && x.OpenedAt < r.OpenedAt).SelectMany(x => x.Decisions).Select(d => d.ReviewerId);
            foreach (var d in r.Decisions)
            {
                var who = world.Find(d.ReviewerId);
                Assert.Contains(assignments, a => a.ReviewId == r.Id && a.UserId == d.ReviewerId && a.Status == AssignmentStatus.Decided);
                Assert.True(world.IsExpert(who.Id), $"review {r.Id}: {who} decided an expert stage without being appointed");
                Assert.True(who.SchoolId is null || (who.SchoolId != package.SchoolId && who.SchoolId != r.SchoolId), $"review {r.Id}: an expert of the package's school decided");
                if (r.Kind == ReviewKind.Authoring)
                {
                    Assert.DoesNotContain(authorship, a => a.PackageId == r.PackageId && a.UserId == who.Id);
                }
                Assert.DoesNotContain(d.ReviewerId, earlier);
            }
        }

        foreach (var p in packages)
        {
            var own = reviews.Where(r => r.PackageId == p.Id && r.Kind == ReviewKind.Authoring).ToList();
            foreach (var d in own.SelectMany(r => r.Decisions))
            {
                var submitter = versions.Single(v => v.PackageId == p.Id && v.Version == d.Version).SubmittedById;
                Assert.True(d.ReviewerId != p.CreatedById && d.ReviewerId != submitter, $"package {p.Id}: the author decided their own work");
                Assert.False(authorship.Contains((p.Id, d.Version, d.ReviewerId)), $"package {p.Id} v{d.Version}: someone who edited or submitted that version decided it");
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
            var expertStages = own.Where(r => r.Stage == ReviewStage.Expert).Select(r => r.Id).ToHashSet();
            var experts = own.Where(r => expertStages.Contains(r.Id)).SelectMany(r => r.Decisions)
                .Where(d => d.Decision == Decision.Approve && d.Version == published && world.IsExpert(d.ReviewerId) && world.Find(d.ReviewerId).SchoolId != p.SchoolId)
                .Select(d => d.ReviewerId).Distinct().Count();
            var needed = world.ExpertsNeeded(p.SchoolId, snapshot.ResourceType);
            Assert.True(experts >= needed, $"package {p.Id} v{published} ({snapshot.ResourceType}) published with {experts} of {needed} expert approvals");
        }

        foreach (var s in selections.Where(s => s.Status == SelectionStatus.Approved))
        {
            var package = packages.Single(p => p.Id == s.PackageId);
            var snapshot = versions.Single(v => v.PackageId == s.PackageId && v.Version == s.PackageVersion);
            Assert.Equal(ResourceType.Textbook, snapshot.ResourceType);
            var deciders = reviews.Where(r => r.SelectionId == s.Id).SelectMany(r => r.Decisions).ToList();
            // Never the textbook's own school; the choosing school's committee or an assigned expert approved it.
            Assert.DoesNotContain(deciders, d => world.Find(d.ReviewerId).SchoolId == package.SchoolId);
            Assert.Contains(deciders, d => d.Decision == Decision.Approve && d.Version == s.PackageVersion
                && d.ReviewerId != s.RequestedById && d.ReviewerId != package.CreatedById
                && ((world.Find(d.ReviewerId).Roles.Contains("Reviewer") && world.Find(d.ReviewerId).SchoolId == s.SchoolId) || world.IsExpert(d.ReviewerId)));
        }
    }
}

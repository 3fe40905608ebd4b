using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Media.Models;
using ResourceHub.Resources.Models;
using ResourceHub.Review.Models;
using ResourceHub.Search.Indexing;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Resources.Tests.Events;

/// <summary>
/// The package's events and the SaveChanges interceptor that dispatches them: the side effects
/// (history entry, index task, media jobs) are written by handlers in the save that raised them,
/// and go with it when that save fails.
/// </summary>
public abstract class PackageEventsTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UploadFile_WritesHistoryIndexTaskAndMediaJobs_WithTheFile()
    {
        var admin = await site.AdminAsync();
        var (user, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var teacher = await site.Api().SignInAsync(user, password);
        var package = await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages",
            new { title = "事件测试教材", specialtyCode = "0102", resourceType = "Courseware" }), HttpStatusCode.Created);
        var packageId = package["id"]!.GetValue<Guid>();
        var file = await teacher.UploadAsync(packageId, "课件说明.txt", "数控车削课件的说明文字。"u8.ToArray(), "text/plain");
        var fileId = file["id"]!.GetValue<Guid>();

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
        var history = await db.Set<HistoryEntry>().Where(h => h.PackageId == packageId).OrderBy(h => h.Id).Select(h => h.Comment).ToListAsync(Ct);
        Assert.Equal([null, "上传文件 课件说明.txt"], history);
        // Created, then the file: one index task each (text extraction may add another later).
        Assert.True(await db.Set<IndexingTask>().CountAsync(t => t.PackageId == packageId, Ct) >= 2);
        Assert.Contains(MediaJobKind.ExtractText, await db.Set<MediaJob>().Where(j => j.FileId == fileId).Select(j => j.Kind).ToListAsync(Ct));
        Assert.Equal(packageId, await db.Set<FileProcessing>().Where(p => p.FileId == fileId).Select(p => p.OwnerId).SingleAsync(Ct));
    }

    [Fact]
    public async Task FailedSave_LeavesNoHandlerRows()
    {
        var admin = await site.AdminAsync();
        var schoolId = await admin.CreateSchoolAsync();
        var actor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "事件测试")], "test"));
        var package = new ResourcePackage(actor, schoolId, Guid.NewGuid()) { Title = "不会保存的资源包", SpecialtyCode = "0102" };

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
            db.Add(package);
            // A file of a package that does not exist: the foreign key fails the whole save, after the handlers ran.
            db.Add(new PackageFile { PackageId = Guid.NewGuid(), Name = "x.txt", ContentType = "text/plain", Sha256 = "00", BlobName = "none" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
            Assert.Contains(db.ChangeTracker.Entries<HistoryEntry>(), e => e.Entity.PackageId == package.Id);
        }

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
            Assert.False(await db.Set<ResourcePackage>().AnyAsync(p => p.Id == package.Id, Ct));
            Assert.False(await db.Set<HistoryEntry>().AnyAsync(h => h.PackageId == package.Id, Ct));
            Assert.False(await db.Set<IndexingTask>().AnyAsync(t => t.PackageId == package.Id, Ct));
        }
    }
}

public sealed class PackageEventsTests_Sqlite(SqliteSite site) : PackageEventsTests(site), IClassFixture<SqliteSite>;

public sealed class PackageEventsTests_PostgreSql(PostgreSqlSite site) : PackageEventsTests(site), IClassFixture<PostgreSqlSite>;

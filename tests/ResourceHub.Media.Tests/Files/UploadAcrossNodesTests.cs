using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Media.Models;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Files;

/// <summary>
/// A resumable upload continued on another node (no sticky sessions): the received bytes live in
/// the shared blob store, and only one PATCH of an upload writes at a time, whichever node it reaches.
/// </summary>
public abstract class UploadAcrossNodesTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_ChunksAlternatingBetweenNodes_ByteExactFileOnBoth()
    {
        var (onA, onB) = await TwoNodesAsync();
        var bytes = SampleFiles.ZipLike(3_000_000);
        var location = await CreateAsync(onA, "跨节点上传.zip", bytes.Length);

        Assert.Equal(HttpStatusCode.NoContent, (await new TusClient(onA.Api, onA.PackageId).PatchAsync(location, 0, bytes[..1_000_000])).StatusCode);
        Assert.Equal(1_000_000, await new TusClient(onB.Api, onB.PackageId).OffsetAsync(location));
        Assert.Equal(HttpStatusCode.NoContent, (await new TusClient(onB.Api, onB.PackageId).PatchAsync(location, 1_000_000, bytes[1_000_000..2_000_000])).StatusCode);
        Assert.Equal(2_000_000, await new TusClient(onA.Api, onA.PackageId).OffsetAsync(location));
        var last = await new TusClient(onA.Api, onA.PackageId).PatchAsync(location, 2_000_000, bytes[2_000_000..]);

        Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        var fileId = last.Headers.GetValues("ResourceHub-File-Id").Single();
        var file = (await onB.PackageAsync())["files"]!.AsArray().Single()!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file["sha256"]!.GetValue<string>());
        Assert.Equal(bytes, await onB.Api.Http.GetByteArrayAsync($"/api/v1/files/{fileId}", Ct));
        Assert.Equal(bytes, await onA.Api.Http.GetByteArrayAsync($"/api/v1/files/{fileId}", Ct));
    }

    [Fact]
    public async Task Patch_WhileAnotherNodeWritesTheSameUpload_Answers409AndTheWriterFinishes()
    {
        var (onA, onB) = await TwoNodesAsync();
        var bytes = SampleFiles.ZipLike(200_000);
        var location = await CreateAsync(onA, "并发上传.zip", bytes.Length);
        var id = Guid.Parse(location.OriginalString.Split('/')[^1]);

        // A slow client on node A holds the upload; the same upload's PATCH on node B must not also write.
        var slow = new GatedStream(bytes, 50_000);
        var writing = new TusClient(onA.Api, onA.PackageId).PatchAsync(location, 0, new StreamContent(slow), Ct);
        await WhileAsync(async () => await WriterAsync(id) is null);
        var loser = await new TusClient(onB.Api, onB.PackageId).PatchAsync(location, 0, bytes);
        var problem = await ApiClient.ExpectProblemAsync(loser, HttpStatusCode.Conflict);
        Assert.Equal("上传正在进行", problem["title"]!.GetValue<string>());

        slow.Open();
        var winner = await writing;
        Assert.Equal(HttpStatusCode.NoContent, winner.StatusCode);
        Assert.Equal(bytes.Length.ToString(), winner.Headers.GetValues("Upload-Offset").Single());
        var fileId = winner.Headers.GetValues("ResourceHub-File-Id").Single();
        Assert.Equal(bytes, await onB.Api.Http.GetByteArrayAsync($"/api/v1/files/{fileId}", Ct));
        Assert.Single((await onB.PackageAsync())["files"]!.AsArray());
    }

    /// <summary>Node B of each fixture, started once: the fixture's database, blob store and data path, an index of its own.</summary>
    private static readonly ConditionalWeakTable<SiteFixture, WebApplicationFactory<Program>> NodesB = new();

    private async Task<(MediaApi A, MediaApi B)> TwoNodesAsync()
    {
        var onA = await MediaApi.TeacherAsync(site);
        var nodeB = NodesB.GetValue(site, s => s.WithWebHostBuilder(b => b.UseSetting("ResourceHub:Search:IndexPath", Path.Combine(s.DataPath, "index-b"))));
        var client = new ApiClient(nodeB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        client.Http.DefaultRequestHeaders.Authorization = onA.Api.Http.DefaultRequestHeaders.Authorization;
        return (onA, new MediaApi(client, onA.SchoolId, onA.PackageId));
    }

    private static async Task<Uri> CreateAsync(MediaApi api, string name, int length)
    {
        var created = await ApiClient.ExpectAsync(await new TusClient(api.Api, api.PackageId).CreateAsync(name, length), HttpStatusCode.Created);
        return new Uri($"/api/v1/uploads/{created["id"]}", UriKind.Relative);
    }

    private async Task<Guid?> WriterAsync(Guid upload)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ResourceHubDbContext>().Set<UploadSession>()
            .Where(u => u.Id == upload).Select(u => u.WriterId).SingleAsync(Ct);
    }

    private static async Task WhileAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the slow PATCH never took the upload");
            await Task.Delay(50, Ct);
        }
    }
}

public sealed class UploadAcrossNodesTests_Sqlite(MediaSqliteSite site) : UploadAcrossNodesTests(site), IClassFixture<MediaSqliteSite>;

public sealed class UploadAcrossNodesTests_PostgreSql(MediaPostgreSqlSite site) : UploadAcrossNodesTests(site), IClassFixture<MediaPostgreSqlSite>;

public sealed class UploadAcrossNodesTests_PostgreSqlAzurite(MediaPostgreSqlAzuriteSite site) : UploadAcrossNodesTests(site), IClassFixture<MediaPostgreSqlAzuriteSite>;

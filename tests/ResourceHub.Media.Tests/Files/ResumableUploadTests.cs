using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Files;

/// <summary>tus uploads: chunks, a dropped connection, resuming from the server's offset.</summary>
public abstract class ResumableUploadTests(SiteFixture site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Patch_AfterDroppedConnection_ResumesToByteExactFile()
    {
        var api = await MediaApi.TeacherAsync(site);
        var tus = new TusClient(api.Api, api.PackageId);
        var bytes = SampleFiles.ZipLike(3_000_000);
        var created = await ApiClient.ExpectAsync(await tus.CreateAsync("实训视频素材.zip", bytes.Length, "Video"), HttpStatusCode.Created);
        var location = new Uri($"/api/v1/uploads/{created["id"]}", UriKind.Relative);

        var first = await tus.PatchAsync(location, 0, bytes[..1_000_000]);
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal("1000000", first.Headers.GetValues("Upload-Offset").Single());

        // The connection drops part-way through the second chunk.
        using (var connection = new CancellationTokenSource())
        {
            var dropping = new StreamContent(new DroppingStream(bytes[1_000_000..], 700_000, connection));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => tus.PatchAsync(location, 1_000_000, dropping, connection.Token));
        }
        var offset = await SettledOffsetAsync(tus, location);
        Assert.InRange(offset, 1_000_000, 1_700_000);

        HttpResponseMessage last;
        do
        {
            last = await tus.PatchAsync(location, offset, bytes[(int)offset..]);
        }
        while (last.StatusCode == HttpStatusCode.Conflict && (offset = await tus.OffsetAsync(location)) < bytes.Length);
        Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        var fileId = last.Headers.GetValues("ResourceHub-File-Id").Single();

        var file = (await api.PackageAsync())["files"]!.AsArray().Single()!;
        Assert.Equal(fileId, file["id"]!.GetValue<string>());
        Assert.Equal("实训视频素材.zip", file["name"]!.GetValue<string>());
        Assert.Equal("Video", file["kind"]!.GetValue<string>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file["sha256"]!.GetValue<string>());
        Assert.Equal(bytes, await api.Api.Http.GetByteArrayAsync($"/api/v1/files/{fileId}", Ct));
        // The upload's own blob became the file's (renamed on disk), nothing of it stays behind.
        Assert.False(await UploadBlobLeftAsync(created["id"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task Patch_WrongOffset_Answers409WithServerOffset()
    {
        var api = await MediaApi.TeacherAsync(site);
        var tus = new TusClient(api.Api, api.PackageId);
        var created = await ApiClient.ExpectAsync(await tus.CreateAsync("a.txt", 10), HttpStatusCode.Created);
        var location = new Uri($"/api/v1/uploads/{created["id"]}", UriKind.Relative);

        await ApiClient.ExpectProblemAsync(await tus.PatchAsync(location, 5, "12345"u8.ToArray()), HttpStatusCode.Conflict);

        Assert.Equal(0, await tus.OffsetAsync(location));
    }

    [Fact]
    public async Task Create_PastSizeLimit_Answers413()
    {
        var api = await MediaApi.TeacherAsync(site);

        await ApiClient.ExpectProblemAsync(await new TusClient(api.Api, api.PackageId).CreateAsync("huge.mp4", MediaSettings.MaxFileBytes + 1), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Patch_LastChunkMislabeled_Answers415AndDropsUpload()
    {
        var api = await MediaApi.TeacherAsync(site);
        var tus = new TusClient(api.Api, api.PackageId);
        var bytes = SampleFiles.Png(4, 4);
        var created = await ApiClient.ExpectAsync(await tus.CreateAsync("lecture.pdf", bytes.Length), HttpStatusCode.Created);
        var location = new Uri($"/api/v1/uploads/{created["id"]}", UriKind.Relative);

        await ApiClient.ExpectProblemAsync(await tus.PatchAsync(location, 0, bytes), HttpStatusCode.UnsupportedMediaType);

        Assert.Empty((await api.PackageAsync())["files"]!.AsArray());
        var head = new HttpRequestMessage(HttpMethod.Head, location);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Api.Http.SendAsync(head, Ct)).StatusCode);
        Assert.False(await UploadBlobLeftAsync(created["id"]!.GetValue<Guid>()));
    }

    private async Task<bool> UploadBlobLeftAsync(Guid uploadId)
    {
        await foreach (var blob in site.Services.GetRequiredService<IBlobStore>().ListAsync(Ct))
        {
            if (blob.Name.StartsWith($"u/{uploadId:N}", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The server keeps what reached it before the drop; wait until it has finished writing.</summary>
    private static async Task<long> SettledOffsetAsync(TusClient tus, Uri location)
    {
        var previous = -1L;
        for (var i = 0; i < 40; i++)
        {
            var offset = await tus.OffsetAsync(location);
            if (offset == previous)
            {
                return offset;
            }
            previous = offset;
            await Task.Delay(100, Ct);
        }
        return previous;
    }

    /// <summary>A request body whose connection dies (the request is aborted) after <paramref name="dropAfter"/> bytes.</summary>
    private sealed class DroppingStream(byte[] data, int dropAfter, CancellationTokenSource connection) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position >= dropAfter)
            {
                await connection.CancelAsync();
                await Task.Delay(Timeout.Infinite, connection.Token);
            }
            var array = new byte[Math.Min(buffer.Length, dropAfter - (int)Position)];
            var n = base.Read(array, 0, array.Length);
            array.AsSpan(0, n).CopyTo(buffer.Span);
            // Let the server take each piece before the next, as a real network would.
            await Task.Yield();
            return n;
        }
    }
}

public sealed class ResumableUploadTests_Sqlite(MediaSqliteSite site) : ResumableUploadTests(site), IClassFixture<MediaSqliteSite>;

public sealed class ResumableUploadTests_PostgreSql(MediaPostgreSqlSite site) : ResumableUploadTests(site), IClassFixture<MediaPostgreSqlSite>;

public sealed class ResumableUploadTests_Azurite(MediaAzuriteSite site) : ResumableUploadTests(site), IClassFixture<MediaAzuriteSite>;

using System.Net;
using System.Net.Sockets;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Testing;
using UglyToad.PdfPig;
using Xunit;

namespace ResourceHub.Media.Tests.Security;

/// <summary>A hostile Office file gets nothing from the network or the server's disk into its preview.</summary>
public sealed class ConverterIsolationTests(MediaSqliteSite site) : IClassFixture<MediaSqliteSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Docx_WithHttpAndFileLinks_NoRequestLeavesAndNoFileIsEmbedded()
    {
        LibreOffice.EnsureAvailable(site);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var hits = 0;
        var counting = Task.Run(async () =>
        {
            while (!Ct.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(Ct);
                Interlocked.Increment(ref hits);
            }
        }, Ct);
        var secret = Path.Combine(Directory.CreateTempSubdirectory("rh-secret-").FullName, "secret.png");
        await File.WriteAllBytesAsync(secret, SampleFiles.Png(40, 40), Ct);
        var api = await MediaApi.TeacherAsync(site);
        var word = "隔离" + Guid.NewGuid().ToString("N")[..8];
        var docx = HostileOffice.Docx(word, $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}", secret);
        var id = (await api.UploadOkAsync("外链图片.docx", docx))["id"]!.GetValue<Guid>();

        var file = await api.ProcessedFileAsync(id, TimeSpan.FromSeconds(120));

        Assert.True(file["processing"]!["state"]!.GetValue<string>() == "Done", file.ToJsonString());
        var pdf = await api.Api.Http.GetByteArrayAsync(file["previewUrl"]!.GetValue<string>(), Ct);
        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Contains(word, string.Concat(document.GetPages().Select(p => p.Text)));
            Assert.Empty(document.GetPages().SelectMany(p => p.GetImages()));
        }
        Assert.Equal(0, Volatile.Read(ref hits));
        listener.Stop();
        await Assert.ThrowsAnyAsync<Exception>(() => counting);
    }
}

/// <summary>A server where the sandbox cannot start: converting jobs fail closed, with a reason the owner can read.</summary>
public sealed class SandboxUnavailableTests(SandboxUnavailableSite site) : IClassFixture<SandboxUnavailableSite>
{
    [Fact]
    public async Task Pdf_SandboxMissing_ThumbnailFailsClosedWithChineseReasonAndReference()
    {
        site.EnsureAvailable();
        var api = await MediaApi.TeacherAsync(site);
        var id = (await api.UploadOkAsync("讲义.pdf", SampleFiles.Pdf("sandbox")))["id"]!.GetValue<Guid>();

        var file = await api.ProcessedFileAsync(id);

        Assert.Equal("Failed", file["processing"]!["state"]!.GetValue<string>());
        var error = file["processing"]!["error"]!.GetValue<string>();
        Assert.Contains("沙箱", error);
        Assert.Matches("参考编号 [0-9a-f]{12}", error);
        Assert.DoesNotContain("bwrap", error);
        Assert.Null(file["thumbnailUrl"]);
    }
}

public sealed class SandboxUnavailableSite : SqliteSite
{
    public override string Provider => "SQLite, sandbox program missing";

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [.. base.Settings(), .. MediaSettings.Limits, new("ResourceHub:Media:SandboxPath", "/nonexistent/bwrap")];
}

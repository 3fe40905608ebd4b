using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Web.Tests.Deployment;

/// <summary>
/// The site as deployed by deploy/: two nodes behind nginx round-robin, no sticky sessions. What a
/// user does works whichever node answers, and an upload survives the death of the node writing it.
/// </summary>
public sealed partial class TwoNodeDeploymentTests(TwoNodeDeployment site) : IClassFixture<TwoNodeDeployment>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoNodesBehindNginx_SignInReviewSearchUploadSplitAndNodeKilledMidUpload()
    {
        site.EnsureAvailable();
        var teacher = await SignInOnAActOnBAsync();
        var package = await CreatePackageAsync(teacher, "数控车削双节点工作页");

        // An upload whose chunks nginx spreads over both nodes.
        var first = Recording(6 << 20);
        await UploadInChunksAsync(teacher, package, "实训录像-上.zip", first);
        var upstreams = File.ReadLines(site.Nginx.AccessLog).Where(l => l.Contains("\"PATCH /api/v1/uploads/")).Select(Upstream).ToHashSet();
        Assert.Equal(new[] { site.A.Port, site.B.Port }.Order(), upstreams.Order());

        await ReviewAndSearchOnBothAsync(teacher, package);
        await KillNodeMidUploadAsync(teacher, await CreatePackageAsync(teacher, "实训录像资源包"));

        // Monitoring reads each node from the allowed network; nginx does not hand /metrics to the public.
        var metrics = await TwoNodeDeployment.Client(site.B.Address).GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Contains("resourcehub_upload_bytes_total", await metrics.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Site().GetAsync("/metrics")).StatusCode);
    }

    /// <summary>A teacher signs in on node A with the sign-in page; node B takes the cookie and the page's antiforgery token.</summary>
    private async Task<ApiClient> SignInOnAActOnBAsync()
    {
        var admin = await TwoNodeDeployment.Client(site.A.Address).SignInAsync(SiteFixture.AdminUserName, SiteFixture.AdminPassword);
        var onB = TwoNodeDeployment.Client(site.B.Address, admin);
        var school = await onB.CreateSchoolAsync("部署测试技师学院");
        var (name, password) = await onB.CreateUserAsync(school, "Teacher");

        var browser = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        var onA = new ApiClient(new HttpClient(browser, disposeHandler: false) { BaseAddress = site.A.Address });
        var signIn = await onA.PostFormAsync("/account/login", new() { ["UserName"] = name, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var token = PageToken().Match(await onA.PageAsync("/account/password")).Groups[1].Value;
        var cookieOnB = new ApiClient(new HttpClient(browser, disposeHandler: false) { BaseAddress = site.B.Address });
        cookieOnB.Http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        await ApiClient.ExpectAsync(await cookieOnB.PostAsync("/api/v1/packages", NewPackage("跨节点创建的工作页")), HttpStatusCode.Created);

        return await site.Site().SignInAsync(name, password);
    }

    private static async Task<Guid> CreatePackageAsync(ApiClient teacher, string title) =>
        (await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages", NewPackage(title)), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

    private static object NewPackage(string title) =>
        new { title, description = "双节点部署测试", specialtyCode = "0101", resourceType = "WorkPage", tags = new[] { "部署" } };

    /// <summary>tus through nginx, 1 MiB a PATCH; the file then downloads byte-exact through nginx.</summary>
    private async Task UploadInChunksAsync(ApiClient teacher, Guid package, string name, byte[] bytes)
    {
        var tus = new TusClient(teacher, package);
        var location = await CreateUploadAsync(tus, name, bytes.Length);
        HttpResponseMessage last = null!;
        for (var offset = 0; offset < bytes.Length; offset += 1 << 20)
        {
            last = await tus.PatchAsync(location, offset, bytes[offset..Math.Min(bytes.Length, offset + (1 << 20))]);
            Assert.Equal(HttpStatusCode.NoContent, last.StatusCode);
        }
        await AssertDownloadAsync(teacher, last, bytes);
    }

    /// <summary>Published through review on whichever node answers; each node's own index finds it.</summary>
    private async Task ReviewAndSearchOnBothAsync(ApiClient teacher, Guid package)
    {
        await Publishing.PublishAsync(site.Site, teacher, package);
        foreach (var node in new[] { site.A, site.B })
        {
            var anonymous = TwoNodeDeployment.Client(node.Address);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            JsonNode result;
            while ((result = await ApiClient.ExpectAsync(await anonymous.GetAsync("/api/v1/search?q=双节点"), HttpStatusCode.OK))["total"]!.GetValue<int>() == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, $"node {node.Name} never found the published package");
                await Task.Delay(300, Ct);
            }
            Assert.Equal(package, result["items"]!.AsArray().Single()!["id"]!.GetValue<Guid>());
        }
    }

    /// <summary>
    /// Node A is killed (SIGKILL) while a PATCH streams into it. Every byte it acknowledged (HEAD,
    /// asked of node B) is still there; the upload resumes through nginx on node B once A's lease lapses.
    /// </summary>
    private async Task KillNodeMidUploadAsync(ApiClient teacher, Guid package)
    {
        var bytes = Recording(12 << 20);
        var location = await CreateUploadAsync(new TusClient(teacher, package), "实训录像-下.zip", bytes.Length);
        var onA = TwoNodeDeployment.Client(site.A.Address, teacher);
        var onB = TwoNodeDeployment.Client(site.B.Address, teacher);

        // Still sending (slowly) when it dies, so node A holds a live lease on the upload.
        var slow = new GatedStream(bytes, 9 << 20, trickle: true);
        var dying = new TusClient(onA, package).PatchAsync(location, 0, new StreamContent(slow), Ct);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        long acknowledged;
        while ((acknowledged = await new TusClient(onB, package).OffsetAsync(location)) < 8 << 20)
        {
            Assert.True(DateTime.UtcNow < deadline, $"node A acknowledged only {acknowledged} bytes");
            await Task.Delay(200, Ct);
        }
        site.A.KillHard();
        await Assert.ThrowsAnyAsync<Exception>(() => dying);

        var tus = new TusClient(site.Site(teacher), package);
        var offset = await tus.OffsetAsync(location);
        Assert.True(offset >= acknowledged, $"HEAD after the kill says {offset}, node A had acknowledged {acknowledged}");
        var resumed = await ResumeAsync(tus, location, bytes, offset);
        await AssertDownloadAsync(teacher, resumed, bytes);
        // The survivor is ready, and nginx (skipping the dead node) says so too.
        Assert.Equal(HttpStatusCode.OK, (await site.Site().GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>As a tus client does: PATCH from the server's offset; 409 (the dead writer's lease) or 502 (the dead node): ask again.</summary>
    private static async Task<HttpResponseMessage> ResumeAsync(TusClient tus, Uri location, byte[] bytes, long offset)
    {
        var deadline = DateTime.UtcNow.AddSeconds(TwoNodeDeployment.UploadLeaseSeconds * 6);
        var started = DateTime.UtcNow;
        var refusals = new List<HttpStatusCode>();
        while (true)
        {
            var response = await tus.PatchAsync(location, offset, bytes[(int)offset..]);
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                TestContext.Current.TestOutputHelper?.WriteLine(
                    $"resumed at {offset} bytes after {(DateTime.UtcNow - started).TotalSeconds:F1} s; refused first: {string.Join(", ", refusals.Select(r => (int)r))}");
                return response;
            }
            refusals.Add(response.StatusCode);
            Assert.True(response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadGateway, $"resume answered {(int)response.StatusCode}");
            Assert.True(DateTime.UtcNow < deadline, $"could not resume: {string.Join(", ", refusals)}");
            await Task.Delay(500, Ct);
            offset = await tus.OffsetAsync(location);
        }
    }

    private static async Task<Uri> CreateUploadAsync(TusClient tus, string name, int length)
    {
        var created = await ApiClient.ExpectAsync(await tus.CreateAsync(name, length), HttpStatusCode.Created);
        return new Uri($"/api/v1/uploads/{created["id"]}", UriKind.Relative);
    }

    private async Task AssertDownloadAsync(ApiClient teacher, HttpResponseMessage last, byte[] bytes)
    {
        var fileId = last.Headers.GetValues("ResourceHub-File-Id").Single();
        var through = site.Site(teacher);
        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(await through.Http.GetByteArrayAsync($"/api/v1/files/{fileId}", Ct)));
    }

    /// <summary>Incompressible bytes that pass the .zip check (its signature first).</summary>
    private static byte[] Recording(int size)
    {
        var bytes = RandomNumberGenerator.GetBytes(size);
        "PK\x03\x04"u8.CopyTo(bytes);
        return bytes;
    }

    private static int Upstream(string line) => int.Parse(UpstreamPort().Match(line).Groups[1].Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"upstream=127\.0\.0\.1:(\d+)")]
    private static partial System.Text.RegularExpressions.Regex UpstreamPort();

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex PageToken();
}

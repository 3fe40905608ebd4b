using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Data;
using ResourceHub.Search.Indexing;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Web.Tests.Hosting;

/// <summary>What an operator and a load balancer read: liveness, readiness with each check, and the metrics.</summary>
public sealed class OperationsTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthLive_AsksNoDependency_Answers200Healthy()
    {
        var body = await ApiClient.ExpectAsync(await site.Api().GetAsync("/health/live"), HttpStatusCode.OK);

        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Empty(body["checks"]!.AsObject());
    }

    [Fact]
    public async Task HealthReady_NamesDatabaseBlobStoreAndIndexLag()
    {
        var body = await ReadyAsync(site.Api(), "Healthy");

        var checks = body["checks"]!.AsObject();
        Assert.Equal(["blobs", "database", "search-index"], checks.Select(c => c.Key).Order());
        Assert.All(checks, c => Assert.Equal("Healthy", c.Value!["status"]!.GetValue<string>()));
        // Other tests of the class may have left index tasks a moment ago: an idle node catches up to none behind.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!checks["search-index"]!["description"]!.GetValue<string>().Contains("落后 0 条索引任务"))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the index did not catch up: {checks["search-index"]!.ToJsonString()}");
            await Task.Delay(200, Ct);
            checks = (await ReadyAsync(site.Api(), "Healthy"))["checks"]!.AsObject();
        }
    }

    [Fact]
    public async Task Metrics_OnlyForAdministrators_ShowRequestsUploadsSearchQueueAndLag()
    {
        await ApiClient.ExpectProblemAsync(await site.Api().GetAsync("/metrics"), HttpStatusCode.Unauthorized);
        var admin = await site.AdminAsync();
        var school = await admin.CreateSchoolAsync();
        var (name, password) = await admin.CreateUserAsync(school, "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        await ApiClient.ExpectProblemAsync(await teacher.GetAsync("/metrics"), HttpStatusCode.Forbidden);

        var package = await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages", new
        {
            title = "数控车床操作工作页", description = "指标测试", specialtyCode = "0101", resourceType = "WorkPage", tags = Array.Empty<string>(),
        }), HttpStatusCode.Created);
        await teacher.UploadAsync(package["id"]!.GetValue<Guid>(), "说明.txt", "车床操作说明"u8.ToArray(), "text/plain");
        await ApiClient.ExpectAsync(await teacher.GetAsync("/api/v1/search?q=车床"), HttpStatusCode.OK);
        await ReadyAsync(site.Api(), "Healthy");

        var response = await admin.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var metric in new[]
        {
            "http_server_request_duration_seconds_count", "resourcehub_upload_bytes_total", "resourcehub_search_duration_seconds_count",
            "resourcehub_jobs_queued", "resourcehub_jobs_oldest_age_seconds", "resourcehub_index_lag_tasks", "resourcehub_index_lag_seconds",
        })
        {
            Assert.Contains(metric, text);
        }
        Assert.Matches(@"resourcehub_upload_bytes_total\{[^}]*stage=""stored""[^}]*\} (1[89]|[2-9]\d|\d{3,})", text);
    }

    /// <summary>Polls /health/ready until it says <paramref name="status"/> (the index catches up after start).</summary>
    public static async Task<JsonNode> ReadyAsync(ApiClient api, string status, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var response = await api.GetAsync("/health/ready");
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
            if (body["status"]!.GetValue<string>() == status)
            {
                Assert.Equal(status == "Unhealthy" ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK, response.StatusCode);
                return body;
            }
            Assert.True(DateTime.UtcNow < deadline, $"/health/ready did not become {status}: {body.ToJsonString()}");
            await Task.Delay(200, Ct);
        }
    }
}

/// <summary>A node whose index reads the task table only hourly, and may lag one task at most.</summary>
public sealed class LaggingIndexSite : SqliteSite
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [new("ResourceHub:Search:PollSeconds", "3600"), new("ResourceHub:Search:MaxLagTasks", "1")];
}

public sealed class IndexLagTests(LaggingIndexSite site) : IClassFixture<LaggingIndexSite>
{
    [Fact]
    public async Task HealthReady_IndexBehindMoreThanMaxLagTasks_SaysDegradedWithTheLag()
    {
        await OperationsTests.ReadyAsync(site.Api(), "Healthy");
        // Another node changed two packages: nothing wakes this node's indexer, which waits for its (hourly) poll.
        // (Changes made through this node's API would wake it at once, and it could then catch up before the check.)
        await using (var otherNode = site.Services.CreateAsyncScope())
        {
            var db = otherNode.ServiceProvider.GetRequiredService<ResourceHubDbContext>();
            db.AddRange(Enumerable.Range(0, 2).Select(_ => new IndexingTask { PackageId = Guid.NewGuid() }));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var body = await OperationsTests.ReadyAsync(site.Api(), "Degraded");

        var index = body["checks"]!["search-index"]!;
        Assert.Equal("Degraded", index["status"]!.GetValue<string>());
        Assert.Contains("超过了上限（1 条", index["description"]!.GetValue<string>());
        Assert.True(index["data"]!["lagTasks"]!.GetValue<long>() >= 2);
    }
}

/// <summary>A node whose index reads the task table only hourly.</summary>
public sealed class HourlyIndexPollSite : SqliteSite
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [new("ResourceHub:Search:PollSeconds", "3600")];
}

/// <summary>An approval on a node wakes that node's indexer: its words are found without waiting for the poll.</summary>
public sealed class IndexWakeTests(HourlyIndexPollSite site) : IClassFixture<HourlyIndexPollSite>
{
    [Fact]
    public async Task Publish_OnThisNode_SearchableBeforeThePoll()
    {
        await OperationsTests.ReadyAsync(site.Api(), "Healthy");
        var admin = await site.AdminAsync();
        var (name, password) = await admin.CreateUserAsync(await admin.CreateSchoolAsync(), "Teacher");
        var teacher = await site.Api().SignInAsync(name, password);
        var id = (await ApiClient.ExpectAsync(await teacher.PostAsync("/api/v1/packages", new
        {
            title = "变频器 wakeword 调试工作页", description = "唤醒索引", specialtyCode = "0101", resourceType = "WorkPage", tags = Array.Empty<string>(),
        }), HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        await site.PublishAsync(teacher, id);

        // The poll is an hour away: a hit within the wait can only come from the wake.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var found = await ApiClient.ExpectAsync(await site.Api().GetAsync("/api/v1/search?q=wakeword"), HttpStatusCode.OK);
            if (found["items"]!.AsArray().Any(i => i!["id"]!.GetValue<Guid>() == id))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "the published package was not indexed before the poll");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}

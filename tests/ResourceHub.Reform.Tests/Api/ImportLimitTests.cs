using System.Diagnostics;
using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Reform.Tests.Api;

/// <summary>
/// A workbook sent to the training import cannot take the server's memory: it is measured before
/// it is opened, read row by row, and refused with 413 past its limits. The process's memory is
/// sampled while the server answers.
/// </summary>
public sealed class ImportLimitTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const long MaxGrowthBytes = 200L << 20;

    [Fact]
    public async Task XlsxBomb_SmallFileInflatingToHundredsOfMegabytes_Is413AndMemoryStaysFlat()
    {
        var bomb = WorkbookBombs.Inflating(600L << 20);
        Assert.True(bomb.Length < 2 << 20, $"the bomb is small: {bomb.Length} bytes");
        var admin = await site.AdminAsync();

        var (response, growth) = await MeasuredAsync(() => admin.ImportAsync(bomb, dryRun: true));

        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("炸弹", problem["detail"]!.GetValue<string>());
        Assert.True(growth < MaxGrowthBytes, $"memory grew by {growth >> 20} MB");
    }

    [Fact]
    public async Task OneRowPastTheCap_Is413SayingHowManyRows()
    {
        var sheet = WorkbookBombs.Rows(50_001);
        var admin = await site.AdminAsync();

        var (response, growth) = await MeasuredAsync(() => admin.ImportAsync(sheet, dryRun: true));

        var problem = await ApiClient.ExpectProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("50000 行", problem["detail"]!.GetValue<string>());
        Assert.True(growth < MaxGrowthBytes, $"memory grew by {growth >> 20} MB");
    }

    [Fact]
    public async Task FilePastTenMegabytes_Is413BeforeItIsRead()
    {
        var admin = await site.AdminAsync();

        var problem = await ApiClient.ExpectProblemAsync(await admin.ImportAsync(new byte[11 << 20], dryRun: true), HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("10 MB", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task NotAWorkbook_Is400WithChineseReason()
    {
        var admin = await site.AdminAsync();

        var problem = await ApiClient.ExpectProblemAsync(await admin.ImportAsync("PK\x03\x04 not really"u8.ToArray(), dryRun: false), HttpStatusCode.BadRequest);

        Assert.Contains("无法读取文件", problem["rows"]![0]!["reason"]!.GetValue<string>());
    }

    /// <summary>The answer, and how far the process's working set rose above where it started while it was made.</summary>
    private static async Task<(HttpResponseMessage Response, long Growth)> MeasuredAsync(Func<Task<HttpResponseMessage>> call)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(5);
            }
        });
        var response = await call();
        await response.Content.LoadIntoBufferAsync();
        await stop.CancelAsync();
        await sampler;
        TestContext.Current.TestOutputHelper?.WriteLine($"working set {baseline >> 20} MB, peak growth {(peak - baseline) >> 20} MB");
        return (response, peak - baseline);
    }
}

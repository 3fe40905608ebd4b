using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Reform.Tests.Pages;

/// <summary>The targets page and the public progress page read as finished pages in Chinese.</summary>
public sealed class SettingsPageTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task Settings_DatesAreYearMonthDayFields_EachInputLabelled()
    {
        var admin = await site.AdminAsync();
        await ApiClient.ExpectAsync(await admin.PutAsync("/api/v1/targets/phases", new
        {
            region = "内蒙古自治区", number = 7, name = "第七阶段", start = new DateOnly(2026, 8, 20), end = new DateOnly(2027, 8, 19), teachers = 100,
        }), System.Net.HttpStatusCode.OK);

        var html = await admin.PageAsync("/reform/settings");

        Assert.DoesNotContain("type=\"date\"", html);
        Assert.Contains("value=\"2026-08-20\"", html);
        Assert.Contains("placeholder=\"yyyy-MM-dd\"", html);
        Assert.Contains("pattern=\"\\d{4}-\\d{2}-\\d{2}\"", html);
        Assert.Contains("class=\"phase-card\" aria-label=\"内蒙古自治区 第 7 阶段\"", html);
        // Every field has a label of its own, none wraps its input with the next field's.
        Assert.DoesNotContain("<label>开始 <input", html);
    }

    [Fact]
    public async Task ProgressPage_HasNoDeveloperLink_AndPhaseDatesInChinese()
    {
        var html = await site.Api().PageAsync("/reform");

        Assert.DoesNotContain("JSON", html);
        Assert.DoesNotContain("/api/v1/targets", html);
        Assert.Matches(@"\d{4}年\d{1,2}月\d{1,2}日 — \d{4}年\d{1,2}月\d{1,2}日", html);
    }
}

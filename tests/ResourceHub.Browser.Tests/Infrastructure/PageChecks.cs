using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Browser.Tests.Infrastructure;

/// <summary>
/// What a page must pass besides its journey: axe-core finds no serious or critical violation,
/// the Nu HTML Checker finds no error, and nothing is loaded from outside the site.
/// </summary>
public static class PageChecks
{
    private static readonly string Tools = FindToolsFolder();

    private static readonly ConditionalWeakTable<IPage, List<string>> CspViolations = new();

    /// <summary>Records every Content-Security-Policy violation the browser reports on the page's console.</summary>
    public static void TrackCspViolations(IPage page)
    {
        var violations = CspViolations.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add($"{page.Url}: {message.Text}");
                }
            }
        };
    }

    /// <summary>The page (every page it went through so far) ran under the site's policy without a single refusal.</summary>
    public static void AssertNoCspViolation(IPage page)
    {
        var violations = CspViolations.GetOrCreateValue(page);
        lock (violations)
        {
            Assert.True(violations.Count == 0, "Content-Security-Policy violations:\n" + string.Join("\n", violations));
        }
    }

    public static async Task AssertAccessibleAsync(IPage page)
    {
        AssertNoCspViolation(page);
        var axe = Path.Combine(Tools, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(axe))
        {
            Requirements.Unavailable("axe-core", $"{axe} missing (npm ci in tests/ResourceHub.Browser.Tests)");
        }
        // Evaluated through the DevTools protocol, not added as an inline <script>, which the site's policy refuses.
        await page.EvaluateAsync(await File.ReadAllTextAsync(axe));
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} @ ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
            """);
        var found = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(found.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", found));
    }

    /// <summary>A page at the current width: a title, no sideways scrolling, axe clean.</summary>
    /// <param name="path">The page to open, or null to check the page as it is now.</param>
    public static async Task AssertPageAsync(IPage page, string? path)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }
        Assert.False(string.IsNullOrWhiteSpace(await page.TitleAsync()), $"{path} has no title");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, $"{path} scrolls sideways at {page.ViewportSize?.Width}px");
        await PageChecks.AssertAccessibleAsync(page);
    }

    /// <summary>Runs the Nu HTML Checker once over the server's HTML of several pages.</summary>
    public static async Task AssertValidHtmlAsync(IReadOnlyDictionary<string, string> pages)
    {
        var jar = Path.Combine(Tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (!File.Exists(jar))
        {
            Requirements.Unavailable("vnu-jar", $"{jar} missing (npm ci in tests/ResourceHub.Browser.Tests)");
        }
        var folder = Directory.CreateTempSubdirectory("rh-vnu-").FullName;
        var files = new Dictionary<string, string>();
        foreach (var (name, html) in pages)
        {
            var file = Path.Combine(folder, Uri.EscapeDataString(name).Replace('%', '_') + ".html");
            await File.WriteAllTextAsync(file, html);
            files[Path.GetFileName(file)] = name;
        }
        var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--format", "json", .. files.Keys.Select(f => Path.Combine(folder, f))])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Requirements.Unavailable("Java (for the Nu HTML Checker)", e.Message);
            return;
        }
        var report = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{(files.TryGetValue(Path.GetFileName(m.GetProperty("url").GetString() ?? ""), out var n) ? n : "?")} line {(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(messages.Count == 0, "Nu HTML Checker:\n" + string.Join("\n", messages));
    }

    /// <summary>Records every request the page makes to a host other than the site.</summary>
    public static List<string> TrackOutsideRequests(IPage page, string baseUrl)
    {
        var origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.StartsWith("http", StringComparison.Ordinal) && !request.Url.StartsWith(origin, StringComparison.Ordinal))
            {
                lock (outside)
                {
                    outside.Add(request.Url);
                }
            }
        };
        return outside;
    }

    private static string FindToolsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "ResourceHub.Browser.Tests");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        return AppContext.BaseDirectory;
    }
}

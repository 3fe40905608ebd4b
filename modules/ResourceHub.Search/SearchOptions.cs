using Microsoft.Extensions.Configuration;
using ResourceHub.Core.Hosting;

namespace ResourceHub.Search;

/// <summary>Settings under <c>ResourceHub:Search</c>.</summary>
public sealed class SearchOptions
{
    /// <summary><c>ResourceHub:Search:IndexPath</c>: this node's index folder; default <c>&lt;DataPath&gt;/index</c>.</summary>
    public required string IndexPath { get; init; }

    /// <summary><c>ResourceHub:Search:PollSeconds</c>: how often the worker reads the task table; default 1.</summary>
    public double PollSeconds { get; init; } = 1;

    /// <summary><c>ResourceHub:Search:MaxLagTasks</c> / <c>MaxLagSeconds</c>: past these, /health/ready says Degraded (default 500 tasks / 60 s).</summary>
    public long MaxLagTasks { get; init; } = 500;

    public double MaxLagSeconds { get; init; } = 60;

    /// <summary><c>ResourceHub:Search:SearchThreads</c>: threads one search may use over the index's segments; default the core count.</summary>
    public int SearchThreads { get; init; } = Environment.ProcessorCount;

    /// <summary><c>ResourceHub:Search:IndexThreads</c>: threads that analyse documents during a rebuild; default the core count.</summary>
    public int IndexThreads { get; init; } = Environment.ProcessorCount;

    /// <summary><c>ResourceHub:Search:ResultsCacheEntries</c>: recent result pages kept per node (0 turns the cache off); default 2000.</summary>
    public int ResultsCacheEntries { get; init; } = 2000;

    /// <summary><c>ResourceHub:Search:RamBufferMB</c>: what the index writer holds before it writes a segment; default 256.</summary>
    public double RamBufferMB { get; init; } = 256;

    /// <summary>
    /// <c>ResourceHub:Search:DensePostingsMB</c>: memory for the frequencies of terms that fill a
    /// sixteenth or more of a segment, read from memory instead of their postings lists (0 turns
    /// it off); default 512, about 1 MB per such term and million packages.
    /// </summary>
    public double DensePostingsMB { get; init; } = 512;

    public static SearchOptions From(IConfiguration configuration, SitePaths paths)
    {
        var section = configuration.GetSection("ResourceHub:Search");
        var path = section["IndexPath"];
        return new SearchOptions
        {
            IndexPath = string.IsNullOrWhiteSpace(path) ? paths.Data("index") : Path.GetFullPath(path, paths.DataPath),
            PollSeconds = double.TryParse(section["PollSeconds"], System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 1,
            MaxLagTasks = section.GetValue<long?>("MaxLagTasks") ?? 500,
            MaxLagSeconds = section.GetValue<double?>("MaxLagSeconds") ?? 60,
            SearchThreads = Math.Max(1, section.GetValue<int?>("SearchThreads") ?? Environment.ProcessorCount),
            IndexThreads = Math.Max(1, section.GetValue<int?>("IndexThreads") ?? Environment.ProcessorCount),
            ResultsCacheEntries = Math.Max(0, section.GetValue<int?>("ResultsCacheEntries") ?? 2000),
            RamBufferMB = Math.Clamp(section.GetValue<double?>("RamBufferMB") ?? 256, 16, 2048),
            DensePostingsMB = Math.Max(0, section.GetValue<double?>("DensePostingsMB") ?? 512),
        };
    }
}

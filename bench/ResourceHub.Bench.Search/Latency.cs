using System.Diagnostics;

namespace ResourceHub.Bench.Search;

/// <summary>Query latencies of one engine: each client runs the query list <c>rounds</c> times.</summary>
public static class Latency
{
    /// <summary><c>CpuPerQuery</c>: the process's CPU time over the queries run, less sensitive than wall time to other load on the machine.</summary>
    public sealed record Figures(int Clients, int Samples, double P50, double P99, double Mean, double QueriesPerSecond, double CpuPerQuery);

    public static Figures Measure(int clients, int rounds, IReadOnlyList<string> queries, Func<int, Action<string>> clientFactory)
    {
        var samples = new List<double>[clients];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, clients).Select(c => new Thread(() =>
        {
            var run = clientFactory(c);
            var mine = new List<double>(rounds * queries.Count);
            for (var r = 0; r < rounds; r++)
            {
                // Each client walks the list from a different place, so they do not move in lockstep.
                for (var i = 0; i < queries.Count; i++)
                {
                    var query = queries[(i + c * 7 + r) % queries.Count];
                    var start = Stopwatch.GetTimestamp();
                    run(query);
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
            samples[c] = mine;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var all = samples.SelectMany(s => s).Order().ToList();
        return new Figures(clients, all.Count, Percentile(all, 0.50), Percentile(all, 0.99), all.Average(), all.Count / elapsed, cpuMs / all.Count);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

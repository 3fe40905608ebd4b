using System.Diagnostics;
using System.Text;

namespace ResourceHub.Bench.Search;

/// <summary>The benchmark's three runs: build an index, time queries on it, and profile a query stage by stage.</summary>
public static class Runs
{
    private static string Stamp => $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load {Report.Load()}";

    public static void Build(Report report, int docs, string work, bool fts5)
    {
        Directory.CreateDirectory(work);
        report.Line($"## Build: {docs:N0} packages ({Stamp})");
        var schools = Enumerable.Range(0, 200).Select(_ => Guid.NewGuid()).ToArray();
        var clock = Stopwatch.StartNew();
        var corpus = new CorpusGenerator().Generate(docs, schools).ToList();
        var bytes = corpus.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Body) + Encoding.UTF8.GetByteCount(p.Package.Title + p.Package.Description));
        report.Line($"- generated in {clock.Elapsed.TotalSeconds:F1} s: {bytes / 1048576.0:F0} MB of UTF-8 text, {bytes / docs / 1024.0:F1} KB per package");
        using (var lucene = new LuceneEngine(Path.Combine(work, "lucene")))
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var built = lucene.Build(corpus);
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            report.Line($"- Lucene indexing ({lucene.Threads} threads): {built.TotalSeconds:F1} s, **{docs / built.TotalSeconds:N0} packages/s**, {bytes / 1048576.0 / built.TotalSeconds:F1} MB/s, " +
                $"{cpuSeconds:F0} s CPU, index {Size(Path.Combine(work, "lucene")):F0} MB in {lucene.Segments} segments; load after {Report.Load()}");
        }
        if (fts5)
        {
            var built = new Fts5Engine(Path.Combine(work, "fts5.db")).Build(corpus);
            report.Line($"- SQLite FTS5 trigram indexing (one transaction): {built.TotalSeconds:F1} s, {docs / built.TotalSeconds:N0} packages/s, " +
                $"database {new FileInfo(Path.Combine(work, "fts5.db")).Length / 1048576.0:F0} MB");
        }
        report.Line();
    }

    /// <summary>Match-only (count the hits a user may see) and full page (top 20, total, facets, snippets), 1 and 8 clients.</summary>
    public static void Query(Report report, int rounds, string work, bool fts5)
    {
        using var lucene = LuceneEngine.Existing(Path.Combine(work, "lucene"));
        var fts = fts5 ? new Fts5Engine(Path.Combine(work, "fts5.db")) : null;
        Warm(lucene, fts);
        report.Line($"## Queries: {lucene.Documents:N0} documents, {Queries.All.Length} queries × {rounds} rounds per client ({Stamp})");
        report.Line();
        report.Line("| engine | what | clients | queries | p50 ms | p99 ms | mean ms | queries/s | CPU ms/query |");
        report.Line("|---|---|---|---|---|---|---|---|---|");
        foreach (var clients in new[] { 1, 8 })
        {
            Row(report, "Lucene", "match only", Latency.Measure(clients, rounds, Queries.All, _ => q => lucene.Match(q)));
            Row(report, "Lucene", "full page", Latency.Measure(clients, rounds, Queries.All, _ => q => lucene.Run(q)));
            if (fts is not null)
            {
                // FTS5 scans for one- and two-character words: fewer rounds keep the run short.
                Row(report, "SQLite FTS5 trigram", "full page", Latency.Measure(clients, Math.Max(1, rounds / 10), Queries.All, _ => { var run = fts.Client(); return q => run(q); }));
            }
        }
        report.Line();
        report.Line($"- load after: {Report.Load()}");
        report.Line();
        report.Line("| query | hits | query used | match p50 ms | full page p50 ms |" + (fts is null ? "" : " FTS5 hits |"));
        report.Line("|---|---|---|---|---|" + (fts is null ? "" : "---|"));
        var ftsClient = fts?.Client();
        foreach (var q in Queries.All)
        {
            var match = Latency.Measure(1, rounds, [q], _ => x => lucene.Match(x));
            var full = Latency.Measure(1, rounds, [q], _ => x => lucene.Run(x));
            var (hits, loose) = lucene.Describe(q);
            report.Line($"| {q} | {hits:N0} | {(loose ? "loose (fallback)" : "strict")} | {match.P50:F2} | {full.P50:F2} |" + (ftsClient is null ? "" : $" {ftsClient(q):N0} |"));
        }
        report.Line();
    }

    /// <summary>One client, each stage of a full page timed on its own (p50 over the rounds), per query.</summary>
    public static void Profile(Report report, int rounds, string work)
    {
        using var lucene = LuceneEngine.Existing(Path.Combine(work, "lucene"));
        Warm(lucene, null);
        report.Line($"## Profile: {lucene.Documents:N0} documents, {lucene.Segments} segments, CPU ms per query over {rounds} rounds, 1 client ({Stamp})");
        report.Line();
        var stages = LuceneEngine.Stages;
        report.Line("| query | ranked | " + string.Join(" | ", stages.Select(s => s.Name)) + " |");
        report.Line("|---|---|" + string.Concat(stages.Select(_ => "---|")));
        var sums = new double[stages.Count];
        foreach (var q in Queries.All)
        {
            // CPU per query, not wall time: the steadier figure when the machine is shared.
            var p50 = stages.Select(s => Latency.Measure(1, rounds, [q], _ => x => s.Run(lucene, x)).CpuPerQuery).ToArray();
            for (var i = 0; i < p50.Length; i++)
            {
                sums[i] += p50[i];
            }
            report.Line($"| {q} | {lucene.Ranked(q):N0} | " + string.Join(" | ", p50.Select(v => v.ToString("F2"))) + " |");
        }
        report.Line("| **mean** | | " + string.Join(" | ", sums.Select(v => (v / Queries.All.Length).ToString("F2"))) + " |");
        report.Line();
    }

    /// <summary>One stage of the profile over every query, nothing printed: what a profiler should look at.</summary>
    public static void Repeat(int stage, int rounds, string work)
    {
        using var lucene = LuceneEngine.Existing(Path.Combine(work, "lucene"));
        Warm(lucene, null);
        var (_, run) = LuceneEngine.Stages[stage];
        for (var round = 0; round < rounds; round++)
        {
            foreach (var q in Queries.All)
            {
                run(lucene, q);
            }
        }
    }

    private static void Warm(LuceneEngine lucene, Fts5Engine? fts)
    {
        var ftsClient = fts?.Client();
        foreach (var q in Queries.All)
        {
            lucene.Run(q);
            lucene.Match(q);
            ftsClient?.Invoke(q);
        }
    }

    private static void Row(Report report, string engine, string what, Latency.Figures l) =>
        report.Line($"| {engine} | {what} | {l.Clients} | {l.Samples} | {l.P50:F2} | {l.P99:F2} | {l.Mean:F2} | {l.QueriesPerSecond:F0} | {l.CpuPerQuery:F2} |");

    private static double Size(string folder) => Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length) / 1048576.0;
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using ResourceHub.Bench.Search;

// dotnet run -c Release --project bench/ResourceHub.Bench.Search -- [docs] [rounds] [workDir]
// dotnet run -c Release --project bench/ResourceHub.Bench.Search -- lucene-only [rounds] [workDir]: queries on the index of an earlier run
var docs = args.Length > 0 && args[0] != "lucene-only" ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var work = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "resourcehub-bench-search");
Directory.CreateDirectory(work);

string[] queries =
[
    "焊", "焊接", "数控车床", "G71", "G71编程", "减速机异响", "减速机 异响", "P0171", "交换机VLAN", "变频器参数设置",
    "轴承", "液压系统故障", "PLC 电动机", "工业机器人示教编程", "游标卡尺", "安全 防护用品", "发动机怠速不稳", "动力电池包",
    "车身钣金修复", "S7-1200", "焊缝气孔", "对刀仪", "制动系统检修", "路由器静态路由",
];

if (args.Length > 0 && args[0] == "lucene-only")
{
    using var existing = new LuceneEngine(Path.Combine(work, "lucene"));
    if (!existing.OpenExisting())
    {
        Console.WriteLine("no usable index in " + work);
        return;
    }
    foreach (var q in queries)
    {
        existing.Run(q);
    }
    Console.WriteLine($"load: {Load()}");
    foreach (var (name, run) in new (string, Func<string, int>)[] { ("match+count", existing.Count), ("full page", existing.Run) })
    {
        var l = Latency.Measure(1, rounds, queries, _ => q => run(q));
        Console.WriteLine($"{name}: p50 {l.P50:F2} ms, p99 {l.P99:F2} ms, CPU {l.CpuPerQuery:F2} ms/query");
    }
    foreach (var q in queries)
    {
        var count = Latency.Measure(1, rounds, [q], _ => x => existing.Count(x));
        var full = Latency.Measure(1, rounds, [q], _ => x => existing.Run(x));
        Console.WriteLine($"{q}: {existing.Count(q)} hits, match+count p50 {count.P50:F2} ms, full page p50 {full.P50:F2} ms");
    }
    return;
}

var report = new StringBuilder();
void Line(string text)
{
    Console.WriteLine(text);
    report.AppendLine(text);
}

Line($"- corpus: {docs:N0} packages, seed 20261123; {Environment.ProcessorCount} cores; load before: {Load()}");
var schools = Enumerable.Range(0, 200).Select(_ => Guid.NewGuid()).ToArray();
var clock = Stopwatch.StartNew();
var corpus = new CorpusGenerator().Generate(docs, schools).ToList();
var bytes = corpus.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Body) + Encoding.UTF8.GetByteCount(p.Package.Title + p.Package.Description));
Line($"- generated in {clock.Elapsed.TotalSeconds:F1} s: {bytes / 1024.0 / 1024.0:F0} MB of UTF-8 text, {bytes / docs / 1024.0:F1} KB per package");

using var lucene = new LuceneEngine(Path.Combine(work, "lucene"));
var luceneBuild = lucene.Build(corpus);
Line($"- Lucene indexing: {luceneBuild.TotalSeconds:F1} s, {docs / luceneBuild.TotalSeconds:N0} packages/s, {bytes / 1024.0 / 1024.0 / luceneBuild.TotalSeconds:F1} MB/s, index {Size(Path.Combine(work, "lucene")):F0} MB");
var fts = new Fts5Engine(Path.Combine(work, "fts5.db"));
var ftsBuild = fts.Build(corpus);
Line($"- SQLite FTS5 trigram indexing: {ftsBuild.TotalSeconds:F1} s, {docs / ftsBuild.TotalSeconds:N0} packages/s, {bytes / 1024.0 / 1024.0 / ftsBuild.TotalSeconds:F1} MB/s, database {new FileInfo(Path.Combine(work, "fts5.db")).Length / 1024.0 / 1024.0:F0} MB");
corpus.Clear();
GC.Collect();

// Warm both engines (JIT, page cache) with one pass before measuring.
foreach (var q in queries)
{
    lucene.Run(q);
    fts.Client()(q);
}

Line("");
Line("| engine | clients | queries | p50 ms | p99 ms | mean ms | queries/s | CPU ms/query |");
Line("|---|---|---|---|---|---|---|---|");
foreach (var clients in new[] { 1, 8 })
{
    var l = Latency.Measure(clients, rounds, queries, _ => q => lucene.Run(q));
    Line($"| Lucene (site search service) | {clients} | {l.Samples} | {l.P50:F2} | {l.P99:F2} | {l.Mean:F2} | {l.QueriesPerSecond:F0} | {l.CpuPerQuery:F2} |");
    // FTS5 falls back to scanning for one- and two-character words: fewer rounds keep the run short.
    var f = Latency.Measure(clients, Math.Max(1, rounds / 10), queries, _ => { var run = fts.Client(); return q => run(q); });
    Line($"| SQLite FTS5 trigram | {clients} | {f.Samples} | {f.P50:F2} | {f.P99:F2} | {f.Mean:F2} | {f.QueriesPerSecond:F0} | {f.CpuPerQuery:F2} |");
}
Line("");
Line($"- load after: {Load()}");
Line("");
Line("| query | Lucene total | FTS5 total |");
Line("|---|---|---|");
var ftsClient = fts.Client();
foreach (var q in queries)
{
    Line($"| {q} | {lucene.Run(q):N0} | {ftsClient(q):N0} |");
}
File.WriteAllText(Path.Combine(work, "report.md"), report.ToString());

static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

static double Size(string folder) => Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;

using System.Globalization;
using ResourceHub.Bench.Search;

// Search benchmark: the site's own index and search service against SQLite FTS5 (trigram).
//   <docs> [rounds] [work] [--fts5]   generate, index and query (FTS5 as the peer only with --fts5)
//   build <docs> [work] [--fts5]      generate and index only
//   query [rounds] [work] [--fts5]    match-only and full-page latencies, 1 and 8 clients, on the index of a build
//   profile [rounds] [work]           where a query's time goes, stage by stage, per query
//   repeat <stage> [rounds] [work]    one profile stage (its number, from 0) over every query, for dotnet-trace
// No results cache exists in the search service: every figure is a query run anew.
var fts5 = args.Contains("--fts5");
var rest = args.Where(a => a != "--fts5").ToArray();
var mode = rest.Length > 0 && !char.IsAsciiDigit(rest[0][0]) ? rest[0] : "all";
var numbers = mode == "all" ? rest : rest.Skip(1).ToArray();
string Arg(int i, string fallback) => numbers.Length > i ? numbers[i] : fallback;
var defaultWork = Path.Combine(Path.GetTempPath(), "resourcehub-bench-search");

var report = new Report();
switch (mode)
{
    case "build":
        Runs.Build(report, int.Parse(Arg(0, "100000"), CultureInfo.InvariantCulture), Arg(1, defaultWork), fts5);
        break;
    case "query" or "lucene-only":
        Runs.Query(report, int.Parse(Arg(0, "10"), CultureInfo.InvariantCulture), Arg(1, defaultWork), fts5);
        break;
    case "profile":
        Runs.Profile(report, int.Parse(Arg(0, "10"), CultureInfo.InvariantCulture), Arg(1, defaultWork));
        break;
    case "repeat":
        Runs.Repeat(int.Parse(Arg(0, "0"), CultureInfo.InvariantCulture), int.Parse(Arg(1, "10"), CultureInfo.InvariantCulture), Arg(2, defaultWork));
        return 0;
    case "all":
        var work = Arg(2, defaultWork);
        Runs.Build(report, int.Parse(Arg(0, "100000"), CultureInfo.InvariantCulture), work, fts5);
        Runs.Query(report, int.Parse(Arg(1, "10"), CultureInfo.InvariantCulture), work, fts5);
        break;
    default:
        Console.Error.WriteLine($"unknown mode {mode}: use build, query, profile or <docs> [rounds] [work]");
        return 2;
}
report.Save(Arg(mode == "all" ? 2 : 1, defaultWork), mode);
return 0;

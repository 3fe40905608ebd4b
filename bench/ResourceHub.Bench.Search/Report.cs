using System.Text;

namespace ResourceHub.Bench.Search;

/// <summary>What a run prints, kept to be written as Markdown into the work folder at the end.</summary>
public sealed class Report
{
    private readonly StringBuilder _text = new();

    public void Line(string text = "")
    {
        Console.WriteLine(text);
        _text.AppendLine(text);
    }

    public void Save(string work, string mode) =>
        File.WriteAllText(Path.Combine(work, $"report-{mode}.md"), _text.ToString());

    /// <summary>The 1-, 5- and 15-minute load averages: how quiet the machine was.</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

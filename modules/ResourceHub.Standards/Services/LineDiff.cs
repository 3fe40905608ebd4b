namespace ResourceHub.Standards.Services;

/// <summary>A line diff (longest common subsequence) — enough to show what a school changed in a section.</summary>
public static class LineDiff
{
    public enum Op { Same, Added, Removed }

    public sealed record Line(Op Op, string Text);

    public static IReadOnlyList<Line> Compare(string before, string after)
    {
        var a = Split(before);
        var b = Split(after);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var lines = new List<Line>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add(new Line(Op.Same, a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                lines.Add(new Line(Op.Added, b[y++]));
            }
            else
            {
                lines.Add(new Line(Op.Removed, a[x++]));
            }
        }
        return lines;
    }

    private static string[] Split(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
}

using System.IO.Compression;
using System.Text;

namespace ResourceHub.Reform.Tests.Api;

/// <summary>Workbooks made to hurt a reader: a small file that inflates to hundreds of megabytes, and one row too many.</summary>
internal static class WorkbookBombs
{
    /// <summary>A valid import sheet whose worksheet holds one cell of <paramref name="inflatedBytes"/> repeated letters.</summary>
    public static byte[] Inflating(long inflatedBytes) => WithWorksheet(writer =>
    {
        writer.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>""");
        var block = new string('工', 1 << 16);
        for (long written = 0; written < inflatedBytes; written += block.Length * 3)
        {
            writer.Write(block);
        }
        writer.Write("</t></is></c></row>");
    });

    /// <summary>The header row and <paramref name="rows"/> rows of teachers.</summary>
    public static byte[] Rows(int rows) => WithWorksheet(writer =>
    {
        writer.Write("""<row r="1"><c r="A1" t="inlineStr"><is><t>教师姓名</t></is></c></row>""");
        for (var r = 2; r <= rows + 1; r++)
        {
            writer.Write($"""<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>教师{r}</t></is></c></row>""");
        }
    });

    private static byte[] WithWorksheet(Action<StreamWriter> rows)
    {
        var seed = Reform.Sheet(["王老师", "学校", "课程", 8, "2024-01-02", "基地"]);
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open();
                if (entry.FullName.Contains("worksheets/", StringComparison.Ordinal))
                {
                    using var writer = new StreamWriter(to, new UTF8Encoding(false), 1 << 16);
                    writer.Write("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
                    rows(writer);
                    writer.Write("</sheetData></worksheet>");
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }
        return output.ToArray();
    }
}

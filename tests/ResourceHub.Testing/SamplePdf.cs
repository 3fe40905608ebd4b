using System.Text;

namespace ResourceHub.Testing;

/// <summary>Real PDFs built byte by byte.</summary>
public static class SamplePdf
{
    /// <summary>One line of ASCII text (Helvetica) a page.</summary>
    public static byte[] WithText(params string[] pages)
    {
        // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream for each page.
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(" ", pages.Select((_, i) => $"{4 + 2 * i} 0 R"))}] /Count {pages.Length} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        for (var i = 0; i < pages.Length; i++)
        {
            var stream = $"BT /F1 18 Tf 72 720 Td ({pages[i]}) Tj ET";
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + 2 * i} 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
            objects.Add($"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream");
        }
        return Assemble(objects);
    }

    /// <summary>
    /// One page whose text layer says <paramref name="text"/> (any Unicode, one code a character)
    /// through a ToUnicode map, as browsers' and office tools' printed PDFs do: how a PDF comes to
    /// hold Kangxi radicals (⼯⽤⼒) where its page shows 工用力.
    /// </summary>
    public static byte[] WithMappedText(string text)
    {
        var chars = text.EnumerateRunes().ToList();
        var codes = string.Concat(chars.Select((_, i) => $"{i + 1:X2}"));
        var map = new StringBuilder($"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Mapped def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n{chars.Count} beginbfchar\n");
        for (var i = 0; i < chars.Count; i++)
        {
            var utf16 = chars[i].ToString();
            map.Append($"<{i + 1:X2}> <{string.Concat(utf16.Select(c => ((int)c).ToString("X4")))}>\n");
        }
        map.Append("endbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end");
        var stream = $"BT /F1 18 Tf 72 720 Td <{codes}> Tj ET";
        return Assemble(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            $"<< /Type /Font /Subtype /Type1 /BaseFont /MappedSans /FirstChar 1 /LastChar {chars.Count} /Widths [{string.Join(" ", chars.Select(_ => "1000"))}] /FontDescriptor 6 0 R /ToUnicode 7 0 R >>",
            "<< /Type /FontDescriptor /FontName /MappedSans /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
            $"<< /Length {map.Length} >>\nstream\n{map}\nendstream",
        ]);
    }

    private static byte[] Assemble(IReadOnlyList<string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}

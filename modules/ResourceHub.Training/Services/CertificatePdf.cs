using System.Globalization;
using System.Text;
using ResourceHub.Core.Content;
using ResourceHub.Training.Models;

namespace ResourceHub.Training.Services;

/// <summary>
/// The certificate as a one-page PDF (A4 landscape). Its Chinese text uses the PDF standard CJK
/// font STSong-Light with the UniGB-UCS2-H encoding, which every PDF reader supplies from its own
/// (or the system's, e.g. Noto CJK) fonts. Why not PDFsharp: its 6.2.4 cannot read the TrueType
/// collections or the CFF outlines of the Noto CJK fonts (an embedded face came out 13 MB and
/// corrupt), while this needs no embedding and stays a few KB.
/// </summary>
public static class CertificatePdf
{
    private const float Width = 842, Height = 595;

    public static byte[] Write(Certificate c, string verifyUrl)
    {
        var content = new StringBuilder();
        content.Append("0.55 0.1 0.1 RG 4 w 30 30 782 535 re S 1 w 40 40 762 515 re S\n");
        Centered(content, "结业证书", 40, 470);
        Centered(content, $"{c.Holder} 老师：", 20, 400);
        Centered(content, $"于 {c.IssuedAt.ToChinaTime():yyyy年M月d日} 完成研修项目", 16, 360);
        Centered(content, $"“{c.Programme}”", 20, 325);
        Centered(content, $"共 {c.Hours.ToString("0.#", CultureInfo.InvariantCulture)} 学时，成绩合格，特发此证。", 16, 290);
        Centered(content, $"组织单位：{c.Organiser}", 14, 220);
        Centered(content, $"验证码：{c.Code}", 14, 160);
        Centered(content, $"验证地址：{verifyUrl}", 11, 135);
        Centered(content, "工学一体化改革专区 · 网络师资研修", 11, 80);
        var stream = Encoding.ASCII.GetBytes(content.ToString());
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Width} {Height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {stream.Length} >>\nstream\n{Encoding.ASCII.GetString(stream)}\nendstream",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>",
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
            $"<< /Title <{Hex("结业证书 " + c.Code, bom: true)}> /Producer (ResourceHub) >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info {objects.Length} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A line centred on the page: CJK glyphs are 1 em wide, ASCII half (the /W above).</summary>
    private static void Centered(StringBuilder content, string text, float size, float y)
    {
        var ems = text.Sum(ch => ch < 128 ? 0.5f : 1f);
        var x = (Width - ems * size) / 2;
        content.Append(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf 1 0 0 1 {x:0.##} {y} Tm <{Hex(text, bom: false)}> Tj ET\n");
    }

    /// <summary>UCS-2 big-endian hex, as UniGB-UCS2-H reads it (and, with a BOM, as a PDF text string).</summary>
    private static string Hex(string text, bool bom) =>
        (bom ? "FEFF" : "") + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));
}

using System.Globalization;
using ResourceHub.Core.Content;
using ResourceHub.Core.Http;
using ResourceHub.Training.Models;
using SkiaSharp;

namespace ResourceHub.Training.Services;

/// <summary>
/// The certificate as a one-page PDF (A4 landscape), drawn with Skia, whose PDF backend embeds only
/// the glyphs used of a Chinese face found through fontconfig (Noto Sans CJK from fonts-noto-cjk):
/// a few dozen KB that every reader shows alike. PDFsharp 6.2.4 could not: it reads neither the
/// .ttc collections nor the CFF outlines those fonts come in.
/// </summary>
public static class CertificatePdf
{
    private const float Width = 842, Height = 595;
    private static readonly Lazy<SKTypeface?> Face = new(() =>
        SKFontManager.Default.MatchCharacter("Noto Sans CJK SC", SKFontStyle.Normal, ["zh-CN"], '证'));

    public static byte[] Write(Certificate c, string verifyUrl)
    {
        var face = Face.Value ?? throw new DomainException(503, "无法生成证书", "服务器缺少中文字体（请安装 fonts-noto-cjk），暂时无法生成证书 PDF；证书本身可在验证页面查验。");
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = $"结业证书 {c.Code}", Creator = "ResourceHub", RasterDpi = 150 }))
        {
            var canvas = document.BeginPage(Width, Height);
            using var red = new SKPaint { Color = new SKColor(0x8c, 0x1a, 0x1a), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 4 };
            canvas.DrawRect(30, 30, Width - 60, Height - 60, red);
            red.StrokeWidth = 1;
            canvas.DrawRect(40, 40, Width - 80, Height - 80, red);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            void Line(string text, float size, float y)
            {
                using var font = new SKFont(face, size);
                canvas.DrawText(text, Width / 2, y, SKTextAlign.Center, font, ink);
            }
            Line("结业证书", 40, 125);
            Line($"{c.Holder} 老师：", 20, 195);
            Line($"于 {c.IssuedAt.ToChinaTime():yyyy年M月d日} 完成研修项目", 16, 235);
            Line($"“{c.Programme}”", 20, 272);
            Line($"共 {c.Hours.ToString("0.#", CultureInfo.InvariantCulture)} 学时，成绩合格，特发此证。", 16, 307);
            Line($"组织单位：{c.Organiser}", 14, 375);
            Line($"验证码：{c.Code}", 14, 435);
            Line($"验证地址：{verifyUrl}", 11, 460);
            Line("工学一体化改革专区 · 网络师资研修", 11, 515);
            document.EndPage();
        }
        return stream.ToArray();
    }
}

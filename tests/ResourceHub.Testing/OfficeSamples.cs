using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ResourceHub.Testing;

/// <summary>Word and PowerPoint files made on the spot (Open XML SDK), as small as LibreOffice still lays out.</summary>
public static class OfficeSamples
{
    /// <summary>A Word document, one page per string (page breaks between them).</summary>
    public static byte[] Docx(params string[] pages)
    {
        var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            for (var i = 0; i < pages.Length; i++)
            {
                if (i > 0)
                {
                    body.Append(new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page })));
                }
                body.Append(new W.Paragraph(new W.Run(new W.Text(pages[i]))));
            }
            doc.AddMainDocumentPart().Document = new W.Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>A PowerPoint deck, one slide per string (a title shape holding it), on a bare master and layout (LibreOffice needs both).</summary>
    public static byte[] Pptx(params string[] slides)
    {
        var stream = new MemoryStream();
        using (var deck = PresentationDocument.Create(stream, PresentationDocumentType.Presentation))
        {
            var presentation = deck.AddPresentationPart();
            var master = presentation.AddNewPart<SlideMasterPart>();
            var layout = master.AddNewPart<SlideLayoutPart>();
            layout.SlideLayout = new P.SlideLayout(SlideData(), new P.ColorMapOverride(new A.MasterColorMapping()));
            layout.AddPart(master);
            master.SlideMaster = new P.SlideMaster(SlideData(), ColorMap(), new P.SlideLayoutIdList(new P.SlideLayoutId { Id = 2147483649U, RelationshipId = master.GetIdOfPart(layout) }));
            var list = new P.SlideIdList();
            presentation.Presentation = new P.Presentation(
                new P.SlideMasterIdList(new P.SlideMasterId { Id = 2147483648U, RelationshipId = presentation.GetIdOfPart(master) }),
                list, new P.SlideSize { Cx = 9144000, Cy = 6858000 }, new P.NotesSize { Cx = 6858000, Cy = 9144000 });
            for (var i = 0; i < slides.Length; i++)
            {
                var slidePart = presentation.AddNewPart<SlidePart>();
                slidePart.Slide = new P.Slide(SlideData(slides[i]));
                slidePart.AddPart(layout);
                list.Append(new P.SlideId { Id = 256U + (uint)i, RelationshipId = presentation.GetIdOfPart(slidePart) });
            }
        }
        return stream.ToArray();
    }

    private static P.CommonSlideData SlideData(string? title = null)
    {
        var tree = new P.ShapeTree(
            new P.NonVisualGroupShapeProperties(new P.NonVisualDrawingProperties { Id = 1U, Name = "" }, new P.NonVisualGroupShapeDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
            new P.GroupShapeProperties(new A.TransformGroup()));
        if (title is not null)
        {
            tree.Append(new P.Shape(
                new P.NonVisualShapeProperties(new P.NonVisualDrawingProperties { Id = 2U, Name = "Title" }, new P.NonVisualShapeDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
                new P.ShapeProperties(new A.Transform2D(new A.Offset { X = 457200, Y = 457200 }, new A.Extents { Cx = 8229600, Cy = 1143000 })),
                new P.TextBody(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.Text(title))))));
        }
        return new P.CommonSlideData(tree);
    }

    private static P.ColorMap ColorMap() => new()
    {
        Background1 = A.ColorSchemeIndexValues.Light1, Text1 = A.ColorSchemeIndexValues.Dark1,
        Background2 = A.ColorSchemeIndexValues.Light2, Text2 = A.ColorSchemeIndexValues.Dark2,
        Accent1 = A.ColorSchemeIndexValues.Accent1, Accent2 = A.ColorSchemeIndexValues.Accent2, Accent3 = A.ColorSchemeIndexValues.Accent3,
        Accent4 = A.ColorSchemeIndexValues.Accent4, Accent5 = A.ColorSchemeIndexValues.Accent5, Accent6 = A.ColorSchemeIndexValues.Accent6,
        Hyperlink = A.ColorSchemeIndexValues.Hyperlink, FollowedHyperlink = A.ColorSchemeIndexValues.FollowedHyperlink,
    };
}

using System.IO.Compression;
using System.Text;

namespace ResourceHub.Media.Tests.Support;

/// <summary>
/// A .docx that reaches outside itself the ways Word allows: a picture linked to an http URL, a
/// picture linked to a file:/// path, an INCLUDEPICTURE field (complex and simple) and an
/// INCLUDETEXT field. An unguarded LibreOffice fetches the URLs and embeds the file in its PDF.
/// </summary>
public static class HostileOffice
{
    public static byte[] Docx(string word, string httpBase, string localFile)
    {
        var document = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>
            <w:p><w:r><w:t>{word}</w:t></w:r></w:p>{Picture("rIdHttp", 1)}{Picture("rIdFile", 2)}
            <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText></w:r><w:r><w:instrText xml:space="preserve">PICTURE "{httpBase}/field.png" \d </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>图</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
            <w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;file://{localFile}&quot; \d "><w:r><w:t>图</w:t></w:r></w:fldSimple></w:p>
            <w:p><w:fldSimple w:instr=" INCLUDETEXT &quot;{httpBase}/text.docx&quot; "><w:r><w:t>文</w:t></w:r></w:fldSimple></w:p>
            </w:body></w:document>
            """;
        var relationships = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdHttp" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="{httpBase}/linked.png" TargetMode="External"/><Relationship Id="rIdFile" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://{localFile}" TargetMode="External"/></Relationships>
            """;
        const string types = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
            """;
        const string root = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
            """;
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("[Content_Types].xml", types), ("_rels/.rels", root), ("word/document.xml", document), ("word/_rels/document.xml.rels", relationships) })
            {
                using var entry = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                entry.Write(text);
            }
        }
        return stream.ToArray();
    }

    private static string Picture(string relationship, int id) =>
        $"""<w:p><w:r><w:drawing><wp:inline><wp:extent cx="952500" cy="952500"/><wp:docPr id="{id}" name="p{id}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{id}" name="p{id}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="{relationship}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>""";
}

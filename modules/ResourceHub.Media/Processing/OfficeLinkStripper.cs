using System.IO.Packaging;
using System.Xml.Linq;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Takes out of an Office file (docx, pptx, xlsx) everything that makes a converter reach
/// outside it: external relationships (linked pictures, OLE links, attached templates, external
/// workbooks; hyperlinks stay, as nothing fetches them), link fields (INCLUDEPICTURE,
/// INCLUDETEXT, LINK, DDE, IMPORT), URL attributes of VML pictures, spreadsheet external links,
/// connections and query tables. Runs on the job's private copy, never on the stored file.
/// </summary>
public static class OfficeLinkStripper
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private static readonly string[] LinkFields = ["INCLUDEPICTURE", "INCLUDETEXT", "LINK", "DDE", "DDEAUTO", "IMPORT", "INCLUDE"];
    private static readonly string[] UrlAttributes = ["href", "src", "url", "connection", "sourceFile"];
    private static readonly string[] ExternalDataParts = ["externalLink+xml", "connections+xml", "queryTable+xml"];

    /// <returns>How many links were removed (for the log).</returns>
    public static int Strip(string path)
    {
        var removed = 0;
        try
        {
            using var package = Package.Open(path, FileMode.Open, FileAccess.ReadWrite);
            removed += DropExternal(package.GetRelationships().ToList(), package.DeleteRelationship);
            // Relationship parts are the package's own bookkeeping, edited through the calls above.
            foreach (var part in package.GetParts().Where(p => !PackUriHelper.IsRelationshipPartUri(p.Uri)).ToList())
            {
                if (ExternalDataParts.Any(part.ContentType.EndsWith))
                {
                    package.DeletePart(part.Uri);
                    removed++;
                    continue;
                }
                removed += DropExternal(part.GetRelationships().ToList(), part.DeleteRelationship);
                if (part.ContentType.EndsWith("xml", StringComparison.Ordinal))
                {
                    removed += CleanXml(part);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            throw new MediaProcessingException("Office 文件结构已损坏，无法安全转换，未生成页面预览。", e);
        }
        return removed;
    }

    private static int DropExternal(List<PackageRelationship> relationships, Action<string> delete)
    {
        var external = relationships.Where(r => r.TargetMode == TargetMode.External && r.RelationshipType != Hyperlink).ToList();
        external.ForEach(r => delete(r.Id));
        return external.Count;
    }

    private static int CleanXml(PackagePart part)
    {
        XDocument document;
        using (var read = part.GetStream(FileMode.Open, FileAccess.Read))
        {
            document = XDocument.Load(read);
        }
        var removed = 0;
        foreach (var attribute in document.Descendants().Attributes().Where(IsUrl).ToList())
        {
            attribute.Remove();
            removed++;
        }
        removed += CleanFields(document);
        if (removed > 0)
        {
            using var write = part.GetStream(FileMode.Create, FileAccess.Write);
            document.Save(write);
        }
        return removed;
    }

    private static bool IsUrl(XAttribute attribute) =>
        !attribute.IsNamespaceDeclaration && UrlAttributes.Contains(attribute.Name.LocalName, StringComparer.OrdinalIgnoreCase)
        && (attribute.Value.Contains(':') || attribute.Value.StartsWith(@"\\", StringComparison.Ordinal) || attribute.Value.StartsWith("//", StringComparison.Ordinal));

    private static bool IsLinkField(string instruction)
    {
        var word = instruction.TrimStart().Split([' ', '\t', '\\'], 2)[0].ToUpperInvariant();
        return LinkFields.Contains(word);
    }

    /// <summary>
    /// Simple fields keep their shown result without the field; complex fields (begin, instruction
    /// runs, separate, result, end, possibly nested) lose their instruction, so nothing updates them.
    /// </summary>
    private static int CleanFields(XDocument document)
    {
        var removed = 0;
        foreach (var simple in document.Descendants(W + "fldSimple").Where(f => IsLinkField((string?)f.Attribute(W + "instr") ?? "")).ToList())
        {
            simple.ReplaceWith(simple.Nodes());
            removed++;
        }
        var open = new Stack<List<XElement>>();
        foreach (var element in document.Descendants().Where(e => e.Name == W + "fldChar" || e.Name == W + "instrText").ToList())
        {
            if (element.Name == W + "instrText")
            {
                open.TryPeek(out var collecting);
                collecting?.Add(element);
                continue;
            }
            var type = (string?)element.Attribute(W + "fldCharType");
            if (type == "begin")
            {
                open.Push([]);
            }
            else if (type is "separate" or "end" && open.TryPeek(out var instructions) && instructions.Count > 0)
            {
                if (IsLinkField(string.Concat(instructions.Select(i => i.Value))))
                {
                    instructions.ForEach(i => i.Value = "");
                    removed++;
                }
                instructions.Clear();
            }
            if (type == "end")
            {
                open.TryPop(out _);
            }
        }
        return removed;
    }
}

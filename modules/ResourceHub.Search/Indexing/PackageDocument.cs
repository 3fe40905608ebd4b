using Lucene.Net.Documents;
using Lucene.Net.Util;
using ResourceHub.Core.Content;
using ResourceHub.Resources;

namespace ResourceHub.Search.Indexing;

/// <summary>One view of a package (published or working) as a Lucene document; a package has one or two.</summary>
public static class PackageDocument
{
    /// <summary>
    /// Extracted text kept for snippets (about five pages); all of it is indexed. Each result on a
    /// page loads and scans what is stored, so it is capped at what a snippet can use.
    /// </summary>
    public const int StoredBodyLength = 10_000;

    /// <summary>Tags and names are short lists, not prose: their lengths say nothing, so no norms are kept for them.</summary>
    private static readonly FieldType MetaType = WithoutNorms(TextField.TYPE_NOT_STORED);

    /// <summary>
    /// Who finds this view. A published view is public; while a revision is under way its school
    /// (and admins, who see all) find the working view instead, so the published one is hidden from
    /// them. A working view is its school's only. A published package with no revision has one
    /// document, both public and its school's.
    /// </summary>
    public static (IEnumerable<string> VisibleTo, IEnumerable<string> HiddenFrom) Audiences(PackageView view) => view.Kind switch
    {
        PackageViewKind.Published when view.IsRevised =>
            ([SearchFields.PublicAudience], [SearchFields.SchoolAudience(view.SchoolId), SearchFields.AdminAudience]),
        PackageViewKind.Published => ([SearchFields.PublicAudience, SearchFields.SchoolAudience(view.SchoolId)], []),
        _ => ([SearchFields.SchoolAudience(view.SchoolId)], []),
    };

    public static Document Build(PackageView package, string? specialtyName, IReadOnlyList<ExtractedText> texts)
    {
        var doc = new Document
        {
            new KeywordField(SearchFields.Id, package.Id.ToString("N"), Field.Store.YES),
            new TextField(SearchFields.Title, package.Title, Field.Store.YES),
            new TextField(SearchFields.All, package.Title, Field.Store.NO),
            new StoredField(SearchFields.Description, package.Description),
            new TextField(SearchFields.All, package.Description, Field.Store.NO),
            new KeywordField(SearchFields.Status, package.Status.ToString(), Field.Store.YES),
            new StoredField(SearchFields.SpecialtyName, specialtyName ?? ""),
        };
        var (visibleTo, hiddenFrom) = Audiences(package);
        foreach (var audience in visibleTo)
        {
            doc.Add(new KeywordField(SearchFields.VisibleTo, audience, Field.Store.NO));
        }
        foreach (var audience in hiddenFrom)
        {
            doc.Add(new KeywordField(SearchFields.HiddenFrom, audience, Field.Store.NO));
        }
        AddFacet(doc, SearchFields.ResourceType, package.ResourceType.ToString());
        AddFacet(doc, SearchFields.SpecialtyCode, package.SpecialtyCode);
        AddFacet(doc, SearchFields.SchoolId, package.SchoolId.ToString());
        if (package.TextbookForm is { } form)
        {
            AddFacet(doc, SearchFields.TextbookForm, form.ToString());
        }
        AddNumber(doc, SearchFields.UpdatedAt, package.UpdatedAt.UtcTicks);
        AddNumber(doc, SearchFields.Downloads, package.Downloads);

        var meta = package.Tags.Concat(package.Authors)
            .Append(package.CourseName).Append(package.SpecialtyCode).Append(specialtyName)
            .Append(package.ResourceType.ToChinese()).Append(package.TextbookForm?.ToChinese()).Append(package.SkillLevel?.ToChinese())
            .OfType<string>();
        foreach (var value in meta)
        {
            doc.Add(new Field(SearchFields.Meta, value, MetaType));
            doc.Add(new TextField(SearchFields.All, value, Field.Store.NO));
        }
        foreach (var text in texts)
        {
            doc.Add(new TextField(SearchFields.All, text.FileName, Field.Store.NO));
            doc.Add(new TextField(SearchFields.All, text.Text, Field.Store.NO));
        }
        // Stored normalised, as the analyzer reads it, so a snippet finds the query's terms in it verbatim.
        var body = UnicodeText.Normalize(string.Join("\n", texts.Select(t => t.Text).Where(t => t.Length > 0)));
        doc.Add(new StoredField(SearchFields.Body, body.Length > StoredBodyLength ? body[..StoredBodyLength] : body));
        return doc;
    }

    private static FieldType WithoutNorms(FieldType type)
    {
        var copy = new FieldType(type) { OmitNorms = true };
        copy.Freeze();
        return copy;
    }

    private static void AddFacet(Document doc, string field, string value)
    {
        doc.Add(new KeywordField(field, value, Field.Store.YES));
        doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static void AddNumber(Document doc, string field, long value)
    {
        doc.Add(new NumericDocValuesField(field, value));
        doc.Add(new StoredField(field, value));
    }
}

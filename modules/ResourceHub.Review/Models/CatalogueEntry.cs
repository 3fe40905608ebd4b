namespace ResourceHub.Review.Models;

/// <summary>
/// One textbook of the national catalogue of planned textbooks (全国技工教育规划教材目录),
/// imported from the ministry's Excel list. A selection may name one even when it is not on this site.
/// </summary>
public sealed class CatalogueEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    /// <summary>书号 (ISBN) or the catalogue's own number; unique, what a re-import matches on.</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    /// <summary><see cref="Normalise"/>d title: what a textbook on the site is matched by.</summary>
    public string TitleKey { get; set; } = "";
    /// <summary>专业 name or code as the catalogue writes it.</summary>
    public string? Specialty { get; set; }
    public string? Editor { get; set; }
    public string? Publisher { get; set; }
    /// <summary>批次/年份, e.g. "2024年".</summary>
    public string? Batch { get; set; }
    public DateTimeOffset ImportedAt { get; set; } = DateTimeOffset.UtcNow;

    /// <summary>Titles compare without spaces and brackets' width, as catalogues and sites write them differently.</summary>
    public static string Normalise(string title) =>
        new string(title.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace('（', '(').Replace('）', ')');
}

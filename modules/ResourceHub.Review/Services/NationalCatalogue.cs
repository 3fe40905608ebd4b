using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Review.Models;

namespace ResourceHub.Review.Services;

/// <summary>
/// The national catalogue of planned textbooks (全国技工教育规划教材目录), imported from the
/// ministry's Excel workbook: the first sheet, a header row naming the columns (书号/编号, 教材名称,
/// 专业, 主编, 出版社, 批次), one textbook a row. Read with the streaming reader, so a long list
/// does not build the whole sheet in memory. A re-import updates rows by their code.
/// </summary>
public sealed class NationalCatalogue(ResourceHubDbContext db)
{
    public sealed record ImportResult(int Added, int Updated, int Skipped);

    private static readonly Dictionary<string, string[]> Headers = new()
    {
        ["code"] = ["书号", "ISBN", "编号", "序号"],
        ["title"] = ["教材名称", "书名", "名称"],
        ["specialty"] = ["专业", "适用专业", "专业名称"],
        ["editor"] = ["主编", "作者"],
        ["publisher"] = ["出版社", "出版单位"],
        ["batch"] = ["批次", "年份", "年度"],
    };

    public Task<List<CatalogueEntry>> ListAsync(string? q = null, CancellationToken ct = default)
    {
        var rows = db.Set<CatalogueEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            rows = rows.Where(e => e.Title.Contains(q.Trim()) || e.Code.Contains(q.Trim()));
        }
        return rows.OrderBy(e => e.Title).Take(500).ToListAsync(ct);
    }

    /// <summary>The catalogue entry whose title is this textbook's, if the catalogue lists it.</summary>
    public async Task<Guid?> MatchAsync(string title, CancellationToken ct = default)
    {
        var key = CatalogueEntry.Normalise(title);
        return await db.Set<CatalogueEntry>().AsNoTracking().Where(e => e.TitleKey == key).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
    }

    public Task<CatalogueEntry?> FindAsync(Guid? id, CancellationToken ct = default) =>
        id is null ? Task.FromResult<CatalogueEntry?>(null) : db.Set<CatalogueEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);

    public async Task<ImportResult> ImportAsync(Stream xlsx, CancellationToken ct = default)
    {
        var rows = ReadRows(xlsx);
        var existing = await db.Set<CatalogueEntry>().ToDictionaryAsync(e => e.Code, ct);
        int added = 0, updated = 0, skipped = 0;
        foreach (var row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.GetValueOrDefault("title")) || string.IsNullOrWhiteSpace(row.GetValueOrDefault("code")))
            {
                skipped++;
                continue;
            }
            var code = row["code"].Trim();
            if (!existing.TryGetValue(code, out var entry))
            {
                entry = new CatalogueEntry { Code = code, Title = row["title"].Trim() };
                db.Add(entry);
                existing[code] = entry;
                added++;
            }
            else
            {
                updated++;
            }
            entry.Title = row["title"].Trim();
            entry.TitleKey = CatalogueEntry.Normalise(entry.Title);
            entry.Specialty = Clean(row.GetValueOrDefault("specialty"));
            entry.Editor = Clean(row.GetValueOrDefault("editor"));
            entry.Publisher = Clean(row.GetValueOrDefault("publisher"));
            entry.Batch = Clean(row.GetValueOrDefault("batch"));
            entry.ImportedAt = DateTimeOffset.UtcNow;
        }
        await db.SaveChangesAsync(ct);
        return new ImportResult(added, updated, skipped);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The first sheet's rows as field → text, by the header row's names; 400 for a file that is not a workbook.</summary>
    private static List<Dictionary<string, string>> ReadRows(Stream xlsx)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(xlsx, false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException();
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()?.Id?.Value ?? throw new InvalidDataException();
            var part = (WorksheetPart)workbook.GetPartById(firstSheet);
            using var reader = OpenXmlReader.Create(part);
            Dictionary<int, string>? columns = null;
            var result = new List<Dictionary<string, string>>();
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }
                var cells = ((Row)reader.LoadCurrentElement()!).Elements<Cell>()
                    .ToDictionary(c => ColumnIndex(c.CellReference?.Value), c => Text(c, shared));
                if (columns is null)
                {
                    columns = cells.Select(c => (c.Key, Field: Headers.FirstOrDefault(h => h.Value.Contains(c.Value.Trim())).Key))
                        .Where(c => c.Field is not null).ToDictionary(c => c.Key, c => c.Field!);
                    if (!columns.ContainsValue("title") || !columns.ContainsValue("code"))
                    {
                        throw new FieldException("file", "目录表的第一行应是表头，且包含“书号”（或“编号”）和“教材名称”两列。");
                    }
                    continue;
                }
                result.Add(columns.Where(c => cells.ContainsKey(c.Key)).ToDictionary(c => c.Value, c => cells[c.Key]));
            }
            return result;
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or FileFormatException or IOException)
        {
            throw new FieldException("file", "无法读取该文件：请上传 Excel 工作簿（.xlsx）。");
        }
    }

    private static string Text(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var i) && i < shared.Count ? shared[i] : raw;
    }

    /// <summary>"C12" → 2 (A = 0).</summary>
    private static int ColumnIndex(string? reference)
    {
        var index = 0;
        foreach (var c in (reference ?? "A").TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ResourceHub.Core.Storage;

namespace ResourceHub.Reform.Services;

/// <summary>
/// The first worksheet of an .xlsx as rows of cell values, by 1-based row and column number.
/// Checked before it is opened (<see cref="SheetLimits"/>) and read with the Open XML SAX reader
/// (<see cref="OpenXmlReader"/>), one cell at a time: memory follows the rows kept, never the XML.
/// </summary>
public static class SheetReader
{
    /// <summary>A cell's value: its text, and the number when the cell holds one (dates are serial numbers).</summary>
    public sealed record CellValue(string Text, double? Number);

    /// <exception cref="ResourceHub.Core.Http.DomainException">413 when the file, its inflated size or its rows pass the limits.</exception>
    /// <exception cref="InvalidDataException">Not a readable workbook.</exception>
    public static SortedDictionary<int, Dictionary<int, CellValue>> Read(Stream stream, SheetLimits limits)
    {
        limits.EnsureSize(stream.Length);
        if (ZipInspector.Problem(stream, limits.MaxZipEntries, limits.MaxInflatedBytes) is { } problem)
        {
            throw problem.StartsWith("压缩结构已损坏", StringComparison.Ordinal) ? new InvalidDataException(problem) : SheetLimits.TooLarge(problem);
        }
        stream.Position = 0;
        var settings = new OpenSettings { MaxCharactersInPart = limits.MaxInflatedBytes };
        using var document = SpreadsheetDocument.Open(stream, false, settings);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no worksheet");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = SharedStrings(workbook.SharedStringTablePart);
        var rows = new SortedDictionary<int, Dictionary<int, CellValue>>();
        Dictionary<int, CellValue>? cells = null;
        var column = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                if (rows.Count >= limits.MaxRows)
                {
                    throw SheetLimits.TooLarge($"工作表超过 {limits.MaxRows} 行，请拆分后分批导入。");
                }
                var index = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                cells = [];
                column = 0;
                rows[uint.TryParse(index, out var number) && number is > 0 and < int.MaxValue ? (int)number : rows.Count + 1] = cells;
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && cells is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                column = cell.CellReference?.Value is { } reference ? ColumnNumber(reference) : column + 1;
                if (column is > 0 && column <= limits.MaxColumns)
                {
                    cells[column] = Value(cell, shared);
                }
            }
        }
        return rows;
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(reader.LoadCurrentElement()!.InnerText);
            }
        }
        return strings;
    }

    private static CellValue Value(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return new CellValue(int.TryParse(raw, out var i) && i >= 0 && i < shared.Count ? shared[i] : "", null);
        }
        if (type == CellValues.InlineString)
        {
            return new CellValue(cell.InlineString?.InnerText ?? "", null);
        }
        if (type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error)
        {
            return new CellValue(raw, null);
        }
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new CellValue(raw, number)
            : new CellValue(raw, null);
    }

    private static int ColumnNumber(string reference)
    {
        var number = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter).Take(4))
        {
            number = number * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return number;
    }
}

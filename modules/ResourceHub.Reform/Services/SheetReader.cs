using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ResourceHub.Reform.Services;

/// <summary>The first worksheet of an .xlsx as rows of cell values, by 1-based row and column number.</summary>
public static class SheetReader
{
    /// <summary>A cell's value: its text, and the number when the cell holds one (dates are serial numbers).</summary>
    public sealed record CellValue(string Text, double? Number);

    public static SortedDictionary<int, Dictionary<int, CellValue>> Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no worksheet");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new SortedDictionary<int, Dictionary<int, CellValue>>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new Dictionary<int, CellValue>();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnNumber(reference) : column + 1;
                cells[column] = Value(cell, shared);
            }
            rows[(int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1))] = cells;
        }
        return rows;
    }

    private static CellValue Value(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return new CellValue(int.TryParse(raw, out var i) && i < shared.Count ? shared[i] : "", null);
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
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            number = number * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return number;
    }
}

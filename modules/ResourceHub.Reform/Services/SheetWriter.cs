using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ResourceHub.Reform.Services;

/// <summary>
/// Writes an .xlsx as Excel would (text as strings, numbers as numbers, dates as serial numbers),
/// so that <see cref="SheetReader"/> and Excel read back what was written.
/// </summary>
public static class SheetWriter
{
    public sealed record Sheet(string Name, IEnumerable<object?[]> Rows);

    public static byte[] Write(params Sheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(Data(sheet.Rows));
                list.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Name });
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static SheetData Data(IEnumerable<object?[]> rows)
    {
        var data = new SheetData();
        uint index = 1;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = index };
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is { } value)
                {
                    row.Append(Cell($"{(char)('A' + c)}{index}", value));
                }
            }
            data.Append(row);
            index++;
        }
        return data;
    }

    private static Cell Cell(string reference, object value) => value switch
    {
        DateTime d => new Cell { CellReference = reference, CellValue = new CellValue(d.ToOADate().ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
        int or long or double or decimal => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!), DataType = CellValues.Number },
        _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
    };
}

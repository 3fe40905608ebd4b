using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ResourceHub.Reform.Tests.Infrastructure;

/// <summary>Writes a one-sheet .xlsx as Excel would: text as strings, numbers as numbers, dates as serial numbers.</summary>
public static class Xlsx
{
    public static byte[] Write(string sheetName, IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
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
            part.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Cell Cell(string reference, object value) => value switch
    {
        DateTime d => new Cell { CellReference = reference, CellValue = new CellValue(d.ToOADate().ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
        int or long or double or decimal => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!), DataType = CellValues.Number },
        _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
    };
}

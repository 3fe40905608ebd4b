using ClosedXML.Excel;
using static ResourceHub.Reform.Services.TrainingService;

namespace ResourceHub.Reform.Services;

/// <summary>
/// The training import sheet: the first worksheet, a header row naming the columns below (in any
/// order), one record a row. Every bad cell is reported with its row number and column.
/// </summary>
public static class TrainingSheet
{
    public static readonly string[] Columns = ["教师姓名", "学校", "课程", "学时", "培训日期", "培训基地"];

    public sealed record RowError(int Row, string Column, string Reason);

    public sealed record FieldProblem(string Field, string Reason);

    /// <summary>The rules every record obeys, whether typed on a page or read from a sheet.</summary>
    public static FieldProblem? Check(string teacher, string course, decimal hours, string trainingBase) =>
        string.IsNullOrWhiteSpace(teacher) || teacher.Trim().Length > 50 ? new("teacherName", "请填写教师姓名（最长 50 字）。")
        : string.IsNullOrWhiteSpace(course) || course.Trim().Length > 200 ? new("courseName", "请填写培训课程（最长 200 字）。")
        : hours is <= 0 or > 1000 ? new("hours", "学时应大于 0 且不超过 1000。")
        : string.IsNullOrWhiteSpace(trainingBase) || trainingBase.Trim().Length > 200 ? new("trainingBase", "请填写培训基地（最长 200 字）。")
        : null;

    public static (List<TrainingInput> Rows, List<RowError> Errors) Read(Stream stream, Func<string, (Guid? Id, string? Error)> school)
    {
        var rows = new List<TrainingInput>();
        var errors = new List<RowError>();
        XLWorkbook book;
        try
        {
            book = new XLWorkbook(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            errors.Add(new RowError(0, "", "无法读取文件：请上传 Excel 工作簿（.xlsx）。"));
            return (rows, errors);
        }
        using (book)
        {
            var sheet = book.Worksheets.First();
            var header = sheet.Row(1);
            var at = Columns.ToDictionary(c => c, c => header.CellsUsed().FirstOrDefault(h => h.GetString().Trim() == c)?.Address.ColumnNumber);
            foreach (var missing in at.Where(c => c.Value is null))
            {
                errors.Add(new RowError(1, missing.Key, $"表头缺少“{missing.Key}”列。"));
            }
            if (errors.Count > 0)
            {
                return (rows, errors);
            }
            var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
            for (var r = 2; r <= last; r++)
            {
                var row = sheet.Row(r);
                if (row.IsEmpty())
                {
                    continue;
                }
                var before = errors.Count;
                string Text(string column) => row.Cell(at[column]!.Value).GetString().Trim();
                void Bad(string column, string reason) => errors.Add(new RowError(r, column, reason));

                var teacher = Text("教师姓名");
                if (teacher.Length is 0 or > 50) Bad("教师姓名", "请填写教师姓名（最长 50 字）。");
                var schoolName = Text("学校");
                Guid? schoolId = null;
                if (schoolName.Length == 0)
                {
                    Bad("学校", "请填写学校全称。");
                }
                else
                {
                    (schoolId, var error) = school(schoolName);
                    if (error is not null) Bad("学校", error);
                }
                var course = Text("课程");
                if (course.Length is 0 or > 200) Bad("课程", "请填写培训课程（最长 200 字）。");
                var hours = Hours(row.Cell(at["学时"]!.Value));
                if (hours is null) Bad("学时", $"“{Text("学时")}”不是有效学时：应为大于 0、不超过 1000 的数字。");
                var date = Date(row.Cell(at["培训日期"]!.Value));
                if (date is null) Bad("培训日期", $"“{Text("培训日期")}”不是有效日期（例如 2024-05-20）。");
                var trainingBase = Text("培训基地");
                if (trainingBase.Length is 0 or > 200) Bad("培训基地", "请填写培训基地（最长 200 字）。");
                if (errors.Count == before)
                {
                    rows.Add(new TrainingInput(teacher, schoolId!.Value, course, hours!.Value, date!.Value, trainingBase));
                }
            }
        }
        return (rows, errors);
    }

    private static decimal? Hours(IXLCell cell)
    {
        decimal? value = cell.DataType == XLDataType.Number ? (decimal)cell.GetDouble()
            : decimal.TryParse(cell.GetString().Trim(), out var parsed) ? parsed : null;
        return value is > 0 and <= 1000 ? value : null;
    }

    private static DateOnly? Date(IXLCell cell)
    {
        if (cell.DataType == XLDataType.DateTime)
        {
            return DateOnly.FromDateTime(cell.GetDateTime());
        }
        var text = cell.GetString().Trim().Replace('/', '-').Replace('.', '-');
        return DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var d) && d.Year is >= 2000 and <= 2100 ? d : null;
    }
}

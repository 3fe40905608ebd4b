using System.Globalization;
using ResourceHub.Core.Http;
using static ResourceHub.Reform.Services.TrainingService;

namespace ResourceHub.Reform.Services;

/// <summary>
/// The training import sheet: the first worksheet, a header row naming the columns below (in any
/// order), one record a row. Every bad cell is reported with its row number and column.
/// </summary>
public static class TrainingSheet
{
    public static readonly string[] Columns = ["教师姓名", "学校", "课程", "学时", "培训日期", "培训基地"];

    /// <summary>Columns a sheet may add: the last day of a training of several days, the teacher's account.</summary>
    public static readonly string[] OptionalColumns = ["结束日期", "用户名"];

    public sealed record RowError(int Row, string Column, string Reason);

    public sealed record FieldProblem(string Field, string Column, string Reason);

    /// <summary>The rules every record obeys, whether typed on a page or read from a sheet.</summary>
    public static IEnumerable<FieldProblem> Check(string teacher, string course, decimal? hours, DateOnly? date, string trainingBase)
    {
        if (teacher.Trim().Length is 0 or > 50) yield return new("teacherName", "教师姓名", "请填写教师姓名（最长 50 字）。");
        if (course.Trim().Length is 0 or > 200) yield return new("courseName", "课程", "请填写培训课程（最长 200 字）。");
        if (hours is not (> 0 and <= 1000)) yield return new("hours", "学时", "学时应为大于 0、不超过 1000 的数字。");
        if (date is not { Year: >= 2000 and <= 2100 }) yield return new("date", "培训日期", "请填写有效的培训日期（例如 2024-05-20）。");
        if (trainingBase.Trim().Length is 0 or > 200) yield return new("trainingBase", "培训基地", "请填写培训基地（最长 200 字）。");
    }

    /// <exception cref="DomainException">413 when the workbook passes <paramref name="limits"/>.</exception>
    public static (List<TrainingInput> Rows, List<RowError> Errors) Read(Stream stream, SheetLimits limits, Func<string, (Guid? Id, string? Error)> school)
    {
        var rows = new List<TrainingInput>();
        var errors = new List<RowError>();
        SortedDictionary<int, Dictionary<int, SheetReader.CellValue>> sheet;
        try
        {
            sheet = SheetReader.Read(stream, limits);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or DomainException))
        {
            errors.Add(new RowError(0, "", "无法读取文件：请上传 Excel 工作簿（.xlsx）。"));
            return (rows, errors);
        }
        var header = sheet.GetValueOrDefault(1) ?? [];
        var at = Columns.ToDictionary(c => c, c => header.FirstOrDefault(h => h.Value.Text.Trim() == c).Key);
        errors.AddRange(at.Where(c => c.Value == 0).Select(c => new RowError(1, c.Key, $"表头缺少“{c.Key}”列。")));
        foreach (var optional in OptionalColumns)
        {
            at[optional] = header.FirstOrDefault(h => h.Value.Text.Trim() == optional).Key;
        }
        if (errors.Count > 0)
        {
            return (rows, errors);
        }
        foreach (var (number, cells) in sheet.Where(r => r.Key > 1))
        {
            SheetReader.CellValue Cell(string column) => (at[column] == 0 ? null : cells.GetValueOrDefault(at[column])) ?? new SheetReader.CellValue("", null);
            string Text(string column) => Cell(column).Text.Trim();
            if (Columns.All(c => Text(c).Length == 0))
            {
                continue;
            }
            var before = errors.Count;
            var (teacher, schoolName, course, trainingBase) = (Text("教师姓名"), Text("学校"), Text("课程"), Text("培训基地"));
            var (hours, date) = (Hours(Cell("学时")), Date(Cell("培训日期")));
            Guid? schoolId = null;
            if (schoolName.Length == 0)
            {
                errors.Add(new RowError(number, "学校", "请填写学校全称。"));
            }
            else if (school(schoolName) is var (id, error))
            {
                schoolId = id;
                if (error is not null) errors.Add(new RowError(number, "学校", error));
            }
            foreach (var problem in Check(teacher, course, hours, date, trainingBase))
            {
                var shown = problem.Column is "学时" or "培训日期" ? $"“{Text(problem.Column)}”：{problem.Reason}" : problem.Reason;
                errors.Add(new RowError(number, problem.Column, shown));
            }
            var end = Text("结束日期").Length == 0 && Cell("结束日期").Number is null ? date : Date(Cell("结束日期"));
            if (date is not null && (end is null || end < date))
            {
                errors.Add(new RowError(number, "结束日期", $"“{Text("结束日期")}”：结束日期应为有效日期，且不早于培训日期。"));
            }
            if (errors.Count == before)
            {
                var userName = Text("用户名");
                rows.Add(new TrainingInput(teacher, schoolId!.Value, course, hours!.Value, date!.Value, trainingBase, null, end, userName.Length == 0 ? null : userName));
            }
        }
        return (rows, errors);
    }

    private static decimal? Hours(SheetReader.CellValue cell) =>
        cell.Number is { } n ? (decimal)n
        : decimal.TryParse(cell.Text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    /// <summary>Excel stores dates as serial day numbers; typed text like 2024-05-20 or 2024/5/20 is read too.</summary>
    private static DateOnly? Date(SheetReader.CellValue cell)
    {
        if (cell.Number is { } serial)
        {
            return serial is > 0 and < 2958466 ? DateOnly.FromDateTime(DateTime.FromOADate(serial)) : null;
        }
        var text = cell.Text.Trim().Replace('/', '-').Replace('.', '-');
        return DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var d) ? d : null;
    }
}

using ResourceHub.Reform.Models;

namespace ResourceHub.Reform.Services;

/// <summary>A school's workload as a workbook: the totals a teacher and term, then every entry behind them.</summary>
public static class WorkloadSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(WorkloadService.SchoolReport report)
    {
        var counted = $"折算课时（一体化 ×{report.Multiplier:0.##}）";
        object?[] Hours(WorkloadService.Hours h) => [h.Integrated, h.Other, h.Counted];
        var summary = report.Rows
            .Select(r => new object?[] { r.TeacherName, r.Term }.Concat(Hours(r.Hours)).ToArray())
            .Prepend(["教师", "学期", "一体化课时", "其他课时", counted])
            .Append(new object?[] { "合计", report.Term ?? "全部学期" }.Concat(Hours(report.Total)).ToArray());
        var entries = report.Entries
            .Select(e => new object?[] { e.TeacherName, e.Term, e.CourseName, e.Integrated ? "是" : "否", e.Hours, Counted(e, report.Multiplier) })
            .Prepend(["教师", "学期", "课程", "一体化课程", "课时", counted]);
        return SheetWriter.Write(new("工作量汇总", summary), new("课时明细", entries));
    }

    public static decimal Counted(TeachingLoad entry, decimal multiplier) => WorkloadService.Hours.Of([entry], multiplier).Counted;
}

namespace ResourceHub.Reform.Services.Oversight;

/// <summary>A 督导 report as a workbook: the figures, then every row each figure counts.</summary>
public static class OversightSheet
{
    public static byte[] Write(OversightService.Report report)
    {
        var title = $"{report.Name} 督导报告（{report.GeneratedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}）";
        var figures = report.Counted
            .SelectMany(s => s.Figures.Select(f => new object?[] { s.Title, f.Group, f.Label, f.Value, f.Unit, f.Rows.Count }))
            .Prepend(["部分", "项目", "指标", "数值", "单位", "明细行数"])
            .Prepend([title]);
        var rows = report.Counted
            .SelectMany(s => s.Figures.SelectMany(f => f.Rows.Select(r => new object?[] { s.Title, f.Group, f.Label, r.Title, r.School, r.Detail })))
            .Prepend(["部分", "项目", "指标", "名称", "学校", "说明"]);
        return SheetWriter.Write(new("督导数据", figures), new("明细", rows));
    }
}

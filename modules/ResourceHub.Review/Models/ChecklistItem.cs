using ResourceHub.Resources;

namespace ResourceHub.Review.Models;

/// <summary>
/// One point of the review checklist (审核要点) of a resource type: data an Admin edits, shown on
/// the review page, ticked with each decision and printed on the 审核意见表.
/// </summary>
public sealed class ChecklistItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ResourceType ResourceType { get; init; }
    public int Order { get; set; }
    public required string Text { get; set; }

    /// <summary>The points a new site starts with, drawn from the two plans' requirements for each kind of resource.</summary>
    public static IReadOnlyList<string> Defaults(ResourceType type)
    {
        string[] common = ["政治方向正确，符合国家法律法规和职业教育方针", "内容科学准确，无知识性、技术性错误", "不侵犯他人知识产权，引用注明出处", "文字、图表、计量单位规范"];
        string[] own = type switch
        {
            ResourceType.Textbook => ["依据一体化课程标准编写，覆盖课程的全部学习任务", "以典型工作任务为载体，体现工学一体化", "活页式或工作手册式教材结构完整"],
            ResourceType.WorkPage => ["学习活动完整（明确任务、制订计划、实施、检查、评价）", "与学习任务和课程标准对应"],
            ResourceType.CaseLibrary => ["案例来自企业真实工作情境", "案例附有分析要点与教学建议"],
            ResourceType.Courseware => ["与教学内容和学习任务对应", "可在常用软件中正常打开播放"],
            _ => ["画面清晰、声音清楚，操作规范安全", "时长适当，附有字幕或说明"],
        };
        return [.. own, .. common];
    }
}

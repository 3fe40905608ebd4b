namespace ResourceHub.Resources;

/// <summary>What a 教学资源包 (or one of its files) is.</summary>
public enum ResourceType
{
    Textbook,
    WorkPage,
    CaseLibrary,
    Courseware,
    Video,
}

/// <summary>The forms a 教材 takes; new forms (活页式, 工作手册式, 融媒体式) are encouraged.</summary>
public enum TextbookForm
{
    LooseLeaf,
    WorkManual,
    ConvergedMedia,
    Conventional,
}

/// <summary>职业技能等级 a package is written for.</summary>
public enum SkillLevel
{
    Intermediate,
    Advanced,
    PreTechnician,
}

public static class ResourceNames
{
    public static string ToChinese(this ResourceType type) => type switch
    {
        ResourceType.Textbook => "教材",
        ResourceType.WorkPage => "工作页",
        ResourceType.CaseLibrary => "教学案例库",
        ResourceType.Courseware => "教学课件",
        _ => "教学视频",
    };

    public static string ToChinese(this TextbookForm form) => form switch
    {
        TextbookForm.LooseLeaf => "活页式",
        TextbookForm.WorkManual => "工作手册式",
        TextbookForm.ConvergedMedia => "融媒体式",
        _ => "传统式",
    };

    public static string ToChinese(this SkillLevel level) => level switch
    {
        SkillLevel.Intermediate => "中级工",
        SkillLevel.Advanced => "高级工",
        _ => "预备技师（技师）",
    };
}

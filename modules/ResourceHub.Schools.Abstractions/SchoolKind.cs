namespace ResourceHub.Schools;

/// <summary>The kinds of 技工院校.</summary>
public enum SchoolKind
{
    TechnicianCollege,
    SeniorTechnicalSchool,
    TechnicalSchool,
}

public static class SchoolKindNames
{
    public static string ToChinese(this SchoolKind kind) => kind switch
    {
        SchoolKind.TechnicianCollege => "技师学院",
        SchoolKind.SeniorTechnicalSchool => "高级技工学校",
        _ => "技工学校",
    };
}

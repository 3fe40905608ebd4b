namespace ResourceHub.Core.Security;

/// <summary>The roles of the site (domain.md); a RegionAdmin carries a region claim (人社厅).</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string RegionAdmin = "RegionAdmin";
    public const string SchoolAdmin = "SchoolAdmin";
    public const string Teacher = "Teacher";
    public const string Reviewer = "Reviewer";

    public static readonly IReadOnlyList<string> All = [Admin, RegionAdmin, SchoolAdmin, Teacher, Reviewer];

    /// <summary>Roles only the national Admin may grant: they reach beyond one school.</summary>
    public static readonly IReadOnlyList<string> GrantedByAdminOnly = [Admin, RegionAdmin];

    public static string DisplayName(string role) => role switch
    {
        Admin => "系统管理员",
        RegionAdmin => "地区管理员",
        SchoolAdmin => "学校管理员",
        Teacher => "教师",
        // A Reviewer reviews for their own school (school stage, selections); experts come from the pool (专家库).
        Reviewer => "学校审核员",
        _ => role,
    };
}

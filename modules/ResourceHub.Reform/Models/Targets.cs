namespace ResourceHub.Reform.Models;

/// <summary>
/// A plan's overall goal for one scope: <see cref="Scope.National"/> or a province-level region.
/// Data loaded by the recipe and edited by an admin, never code.
/// </summary>
public sealed class Target
{
    public required string Region { get; init; }
    public int Specialties { get; set; }
    public int Schools { get; set; }
    public int Teachers { get; set; }
}

/// <summary>
/// A phase of a plan, as the seeds state it: specialties and schools are the totals to reach by
/// the phase's end (30/300, then 60/600 after "增加 30 个…300 所", then 100/1000), teachers the
/// 人次 of training to give during the phase (1500, 3500, 5000: 10000 in all); null where the plan
/// names no figure.
/// </summary>
public sealed class Phase
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required string Region { get; init; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public int? Specialties { get; set; }
    public int? Schools { get; set; }
    public int? Teachers { get; set; }

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}

/// <summary>
/// Rules that differ by region, with a national default (<see cref="Scope.National"/>): how many
/// specialties a school may apply for in one batch (null: no limit) and the class-hour multiplier
/// for teachers of 一体化 courses.
/// </summary>
public sealed class RegionalRule
{
    public required string Region { get; init; }
    public int? TechnicianCollegeLimit { get; set; }
    public int? OtherSchoolLimit { get; set; }
    public decimal IntegratedHoursMultiplier { get; set; } = 1.0m;
}

public static class Scope
{
    /// <summary>The key of the national target, phases and default rule.</summary>
    public const string National = "全国";
}

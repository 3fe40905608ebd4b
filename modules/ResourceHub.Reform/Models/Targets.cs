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
/// A phase of a plan. Its figures are what the plan asks to be added during the phase (phase 3's
/// "100 specialties" is stored as the 40 still to come); null where the plan names no figure.
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

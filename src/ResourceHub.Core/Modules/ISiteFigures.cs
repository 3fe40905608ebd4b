namespace ResourceHub.Core.Modules;

/// <summary>
/// A module's contribution to the zone's live figures (schools taking part, specialties,
/// published packages…), always counted from the data, never typed in.
/// </summary>
public interface ISiteFigures
{
    Task<IReadOnlyList<SiteFigure>> GetAsync(CancellationToken cancellationToken);
}

public sealed record SiteFigure(string Label, long Value, int Order, string Unit = "");

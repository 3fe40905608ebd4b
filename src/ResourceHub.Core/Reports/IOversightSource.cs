namespace ResourceHub.Core.Reports;

/// <summary>
/// A module's part of a 督导 (oversight) report: figures counted over a set of schools, each
/// with the rows it counts, so the report page can link every figure to its rows. Modules
/// contribute without the Reform module knowing their tables (as <c>ISiteFigures</c>).
/// </summary>
public interface IOversightSource
{
    Task<OversightSection> CountAsync(OversightScope scope, CancellationToken cancellationToken);
}

/// <summary>The schools a report covers (a region's, or one), with their names for the rows, and their region.</summary>
public sealed record OversightScope(string Region, IReadOnlyDictionary<Guid, string> Schools, DateTimeOffset Now);

/// <summary>One table of a report: a key (used in links), a title, its order on the page, its figures.</summary>
public sealed record OversightSection(string Key, string Title, int Order, IReadOnlyList<OversightFigure> Figures);

/// <summary>
/// One figure: its row of the table (<paramref name="Group"/>) and column (<paramref name="Label"/>),
/// the value, its unit, and the rows it counts (a figure that is not a count, e.g. an average
/// time, carries the rows it was computed from).
/// </summary>
public sealed record OversightFigure(string Key, string Group, string Label, decimal Value, string Unit, IReadOnlyList<OversightRow> Rows);

/// <summary>A row behind a figure: what it is, its school, a detail, and a link where one may open it.</summary>
public sealed record OversightRow(string Title, string School, string Detail, string? Href);

namespace ResourceHub.Core.Modules;

/// <summary>
/// The theme's search form (partial <c>_SearchBox</c>) as a page places it: the id of its input, the
/// name of its landmark, the words already searched for, large (home and search page) or the
/// header's, and the filters a new search from it keeps.
/// </summary>
public sealed record SearchBox(string Id, string Label, string? Q = null, bool Large = true, IEnumerable<KeyValuePair<string, string>>? Keep = null);

namespace ResourceHub.Core.Caching;

/// <summary>
/// A module's rule: when a row of <paramref name="EntityType"/> (or a type deriving from it) is
/// added, changed or removed, the cached pages with these tags go once the change commits.
/// Declared on the entity, not at its write sites, so no write path can forget it.
/// </summary>
public sealed record PageEvictionRule(Type EntityType, IReadOnlyList<string> Tags);

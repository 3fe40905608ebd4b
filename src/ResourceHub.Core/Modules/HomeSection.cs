namespace ResourceHub.Core.Modules;

/// <summary>
/// A section a module adds to the zone's home page: a view component of that module, shown in
/// <see cref="Order"/> below the figures, so the home page needs no reference to the module.
/// </summary>
public sealed record HomeSection(Type ViewComponent, int Order);

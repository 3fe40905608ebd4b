namespace ResourceHub.Resources;

/// <summary>
/// A box another module adds beside a package for its owning school (the review module's
/// opinions and history): a view component invoked with <c>packageId</c>, so the package page
/// needs no reference to that module.
/// </summary>
public sealed record PackagePanel(Type ViewComponent, int Order);

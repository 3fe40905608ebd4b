using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Security;

namespace ResourceHub.Core.Modules;

/// <summary>
/// A capability of the site (Orchard Core's Startup + Manifest in one): the host finds every
/// implementation in the referenced ResourceHub assemblies and calls it. Entity configurations
/// (<c>IEntityTypeConfiguration&lt;T&gt;</c>) in the module's assembly join the shared model,
/// and recipe steps are registered as <see cref="Recipes.IRecipeStep"/> services.
/// </summary>
public interface IModule
{
    /// <summary>A short, stable name shown in logs and on the status page.</summary>
    string Name { get; }

    /// <summary>Permissions this module checks, with the roles that get them on setup.</summary>
    IEnumerable<Permission> Permissions => [];

    void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    void MapEndpoints(IEndpointRouteBuilder endpoints) { }
}

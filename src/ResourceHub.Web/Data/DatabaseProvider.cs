using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ResourceHub.Core.Caching;
using ResourceHub.Core.Data;
using ResourceHub.Core.Events;
using ResourceHub.Core.Hosting;
using ResourceHub.Migrations.PostgreSql;
using ResourceHub.Migrations.Sqlite;

namespace ResourceHub.Web.Data;

/// <summary>
/// Chooses the database from <c>ResourceHub:Database:Provider</c> (<c>Sqlite</c>, the default,
/// or <c>PostgreSql</c> with <c>ConnectionStrings:Default</c>).
/// </summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    public static void AddResourceHubDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["ResourceHub:Database:Provider"] ?? Sqlite;
        var connectionString = configuration.GetConnectionString("Default");
        // Scoped, as the DbContext: the interceptor resolves the event handlers of the context's own scope.
        services.AddScoped<DispatchDomainEventsInterceptor>();
        if (string.Equals(provider, PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("ResourceHub:Database:Provider is PostgreSql but ConnectionStrings:Default is not set.");
            }
            services.AddDbContext<ResourceHubDbContext, PostgreSqlResourceHubDbContext>((sp, o) => o
                .UseNpgsql(connectionString, x => x.MigrationsAssembly(typeof(PostgreSqlResourceHubDbContext).Assembly.GetName().Name))
                .AddInterceptors(Interceptors(sp)));
        }
        else if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<ResourceHubDbContext, SqliteResourceHubDbContext>((sp, o) =>
                o.UseSqlite(string.IsNullOrWhiteSpace(connectionString)
                    ? $"Data Source={Path.Combine(sp.GetRequiredService<SitePaths>().DataPath, "resourcehub.db")};Cache=Shared;Pooling=True"
                    : connectionString,
                    x => x.MigrationsAssembly(typeof(SqliteResourceHubDbContext).Assembly.GetName().Name))
                .AddInterceptors(Interceptors(sp)));
        }
        else
        {
            throw new InvalidOperationException($"Unknown database provider '{provider}': use {Sqlite} or {PostgreSql}.");
        }
    }

    /// <summary>Events first (their handlers add rows and tags), then the cached pages those changes evict.</summary>
    private static IInterceptor[] Interceptors(IServiceProvider sp) =>
        [sp.GetRequiredService<DispatchDomainEventsInterceptor>(), sp.GetRequiredService<EvictPagesInterceptor>()];
}

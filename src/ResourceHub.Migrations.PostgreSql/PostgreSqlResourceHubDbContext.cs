using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ResourceHub.Core.Data;
using ResourceHub.Core.Modules;

namespace ResourceHub.Migrations.PostgreSql;

/// <summary>The PostgreSQL flavour of the site's context; its migrations are in this project.</summary>
public sealed class PostgreSqlResourceHubDbContext(DbContextOptions<PostgreSqlResourceHubDbContext> options, ModuleCatalog modules)
    : ResourceHubDbContext(options, modules);

// Used only by `dotnet ef migrations add` (add-migration.sh); the running site builds its context through DI.
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlResourceHubDbContext>
{
    public PostgreSqlResourceHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlResourceHubDbContext>().UseNpgsql("Host=localhost;Database=design").Options, ModuleCatalog.Discover());
}

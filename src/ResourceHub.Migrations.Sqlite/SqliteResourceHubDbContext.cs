using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ResourceHub.Core.Data;
using ResourceHub.Core.Modules;

namespace ResourceHub.Migrations.Sqlite;

/// <summary>The SQLite flavour of the site's context; its migrations are in this project.</summary>
public sealed class SqliteResourceHubDbContext(DbContextOptions<SqliteResourceHubDbContext> options, ModuleCatalog modules)
    : ResourceHubDbContext(options, modules)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot compare or order DateTimeOffset values; store them as sortable integers.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

// Used only by `dotnet ef migrations add` (add-migration.sh, with the host as startup project, so
// that every module is beside it); the running site builds its context through DI.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteResourceHubDbContext>
{
    public SqliteResourceHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteResourceHubDbContext>().UseSqlite("Data Source=design.db").Options, ModuleCatalog.Discover());
}

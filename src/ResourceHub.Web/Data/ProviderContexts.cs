using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ResourceHub.Core.Data;
using ResourceHub.Core.Modules;

namespace ResourceHub.Web.Data;

/// <summary>The SQLite flavour of the site's context; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteResourceHubDbContext(DbContextOptions<SqliteResourceHubDbContext> options, ModuleCatalog modules)
    : ResourceHubDbContext(options, modules)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot compare or order DateTimeOffset values; store them as sortable integers.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The PostgreSQL flavour; its migrations are in Migrations/PostgreSql.</summary>
public sealed class PostgreSqlResourceHubDbContext(DbContextOptions<PostgreSqlResourceHubDbContext> options, ModuleCatalog modules)
    : ResourceHubDbContext(options, modules);

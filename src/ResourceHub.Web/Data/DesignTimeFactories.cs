using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ResourceHub.Core.Modules;

namespace ResourceHub.Web.Data;

// Used only by `dotnet ef migrations add`; the running site builds its contexts through DI.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteResourceHubDbContext>
{
    public SqliteResourceHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteResourceHubDbContext>().UseSqlite("Data Source=design.db").Options, ModuleCatalog.Discover());
}

public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlResourceHubDbContext>
{
    public PostgreSqlResourceHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlResourceHubDbContext>().UseNpgsql("Host=localhost;Database=design").Options, ModuleCatalog.Discover());
}

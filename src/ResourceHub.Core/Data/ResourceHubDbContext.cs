using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Modules;

namespace ResourceHub.Core.Data;

/// <summary>
/// The one database context of the site. Each module contributes its tables through
/// <c>IEntityTypeConfiguration</c> classes in its own assembly, so a module's transaction can
/// include another module's side effects (an indexing task, a history row) atomically.
/// Provider-specific subclasses in the host carry the migrations.
/// </summary>
public abstract class ResourceHubDbContext(DbContextOptions options, ModuleCatalog modules)
    : IdentityDbContext<ResourceHubUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<SiteState> SiteStates => Set<SiteState>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<SiteState>(e =>
        {
            e.ToTable("SiteStates");
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).HasMaxLength(200);
        });
        builder.Entity<ResourceHubUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.HasIndex(u => u.SchoolId);
        });
        foreach (var assembly in modules.ModelAssemblies)
        {
            builder.ApplyConfigurationsFromAssembly(assembly);
        }
    }
}

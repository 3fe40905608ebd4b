using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Data;

public sealed class ResourcePackageConfiguration : IEntityTypeConfiguration<ResourcePackage>
{
    public void Configure(EntityTypeBuilder<ResourcePackage> e)
    {
        e.ToTable("ResourcePackages");
        e.Property(p => p.Title).HasMaxLength(200);
        e.Property(p => p.Description).HasMaxLength(10_000);
        e.Property(p => p.SpecialtyCode).HasMaxLength(20);
        e.Property(p => p.CourseName).HasMaxLength(200);
        e.Property(p => p.Licence).HasMaxLength(200);
        e.Property(p => p.ResourceType).HasConversion<string>().HasMaxLength(30);
        e.Property(p => p.TextbookForm).HasConversion<string>().HasMaxLength(30);
        e.Property(p => p.SkillLevel).HasConversion<string>().HasMaxLength(30);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        e.HasMany(p => p.Files).WithOne().HasForeignKey(f => f.PackageId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(p => new { p.SchoolId, p.Status });
        e.HasIndex(p => p.Status);
        e.HasIndex(p => p.SpecialtyCode);
    }
}

public sealed class PackageFileConfiguration : IEntityTypeConfiguration<PackageFile>
{
    public void Configure(EntityTypeBuilder<PackageFile> e)
    {
        e.ToTable("PackageFiles");
        e.Property(f => f.Name).HasMaxLength(255);
        e.Property(f => f.ContentType).HasMaxLength(100);
        e.Property(f => f.Sha256).HasMaxLength(64);
        e.Property(f => f.BlobName).HasMaxLength(200);
        e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        e.HasIndex(f => f.BlobName);
    }
}

public sealed class PackageVersionConfiguration : IEntityTypeConfiguration<PackageVersion>
{
    public void Configure(EntityTypeBuilder<PackageVersion> e)
    {
        e.ToTable("PackageVersions");
        e.Property(p => p.Title).HasMaxLength(200);
        e.Property(p => p.Description).HasMaxLength(10_000);
        e.Property(p => p.SpecialtyCode).HasMaxLength(20);
        e.Property(p => p.CourseName).HasMaxLength(200);
        e.Property(p => p.Licence).HasMaxLength(200);
        e.Property(p => p.ResourceType).HasConversion<string>().HasMaxLength(30);
        e.Property(p => p.TextbookForm).HasConversion<string>().HasMaxLength(30);
        e.Property(p => p.SkillLevel).HasConversion<string>().HasMaxLength(30);
        e.HasOne<ResourcePackage>().WithMany().HasForeignKey(v => v.PackageId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(v => new { v.PackageId, v.Version }).IsUnique();
    }
}

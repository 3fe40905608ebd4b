using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceHub.Resources;
using ResourceHub.Resources.Models;

namespace ResourceHub.Resources.Data;

public sealed class ResourcePackageConfiguration : IEntityTypeConfiguration<ResourcePackage>
{
    public void Configure(EntityTypeBuilder<ResourcePackage> e)
    {
        e.ToTable("ResourcePackages");
        PackageMetadata.Configure(e);
        e.HasIndex(p => p.LearningTaskId);
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
        PackageMetadata.Configure(e);
        e.HasOne<ResourcePackage>().WithMany().HasForeignKey(v => v.PackageId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(v => new { v.PackageId, v.Version }).IsUnique();
    }
}

/// <summary>The metadata columns a package and its version snapshots share, mapped alike.</summary>
internal static class PackageMetadata
{
    public static void Configure<T>(EntityTypeBuilder<T> e) where T : class
    {
        e.Property<string>(nameof(ResourcePackage.Title)).HasMaxLength(200);
        e.Property<string>(nameof(ResourcePackage.Description)).HasMaxLength(10_000);
        e.Property<string>(nameof(ResourcePackage.SpecialtyCode)).HasMaxLength(20);
        e.Property<string?>(nameof(ResourcePackage.CourseName)).HasMaxLength(200);
        e.Property<string>(nameof(ResourcePackage.Licence)).HasMaxLength(200);
        e.Property<ResourceType>(nameof(ResourcePackage.ResourceType)).HasConversion<string>().HasMaxLength(30);
        e.Property<TextbookForm?>(nameof(ResourcePackage.TextbookForm)).HasConversion<string>().HasMaxLength(30);
        e.Property<SkillLevel?>(nameof(ResourcePackage.SkillLevel)).HasConversion<string>().HasMaxLength(30);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceHub.Media.Models;

namespace ResourceHub.Media.Data;

public sealed class MediaJobConfiguration : IEntityTypeConfiguration<MediaJob>
{
    public void Configure(EntityTypeBuilder<MediaJob> e)
    {
        e.ToTable("MediaJobs");
        e.Property(j => j.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(j => j.State).HasConversion<string>().HasMaxLength(20);
        e.Property(j => j.Error).HasMaxLength(1000);
        // The claim's fencing token: a worker whose job was claimed again (its lease lapsed) cannot save its result.
        e.Property(j => j.Attempts).IsConcurrencyToken();
        e.HasIndex(j => new { j.State, j.CreatedAt });
        e.HasIndex(j => j.FileId);
    }
}

public sealed class FileProcessingConfiguration : IEntityTypeConfiguration<FileProcessing>
{
    public void Configure(EntityTypeBuilder<FileProcessing> e)
    {
        e.ToTable("FileProcessing");
        e.HasKey(f => f.FileId);
        e.Property(f => f.FileName).HasMaxLength(255);
        e.Property(f => f.BlobName).HasMaxLength(200);
        e.Property(f => f.ContentType).HasMaxLength(100);
        e.Property(f => f.State).HasConversion<string>().HasMaxLength(20);
        e.Property(f => f.Error).HasMaxLength(1000);
        e.Property(f => f.ThumbnailBlob).HasMaxLength(200);
        e.Property(f => f.PreviewBlob).HasMaxLength(200);
        // Named for its first owner kind; kept so that no migration is needed.
        e.Property(f => f.OwnerId).HasColumnName("PackageId");
        e.HasIndex(f => f.OwnerId);
    }
}

public sealed class UploadSessionConfiguration : IEntityTypeConfiguration<UploadSession>
{
    public void Configure(EntityTypeBuilder<UploadSession> e)
    {
        e.ToTable("UploadSessions");
        e.Property(u => u.FileName).HasMaxLength(255);
        e.Property(u => u.Kind).HasMaxLength(30);
        // Unbounded text: a 2 GiB upload in small PATCHes lists many blocks.
        e.Property(u => u.Blocks);
        e.HasIndex(u => u.ExpiresAt);
        // Named for the first target kind (packages of schools); kept so that no migration is needed.
        e.Property(u => u.TargetId).HasColumnName("PackageId");
        e.Property(u => u.AccountId).HasColumnName("SchoolId");
        e.HasIndex(u => u.AccountId);
    }
}

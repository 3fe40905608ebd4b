using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceHub.Resources;
using ResourceHub.Review.Models;
using ReviewEntity = ResourceHub.Review.Models.Review;

namespace ResourceHub.Review.Data;

public sealed class ReviewConfiguration : IEntityTypeConfiguration<ReviewEntity>
{
    public void Configure(EntityTypeBuilder<ReviewEntity> e)
    {
        e.ToTable("Reviews");
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Stage).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Stamp).IsConcurrencyToken();
        e.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.ReviewId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(r => r.Assignments).WithOne().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Restrict);
        e.Property(r => r.SpecialtyCode).HasMaxLength(20);
        e.HasIndex(r => r.Status);
        e.HasIndex(r => new { r.PackageId, r.Version });
        e.HasIndex(r => r.SelectionId);
    }
}

public sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecision>
{
    public void Configure(EntityTypeBuilder<ReviewDecision> e)
    {
        e.ToTable("ReviewDecisions");
        e.Property(d => d.ReviewerName).HasMaxLength(100);
        e.Property(d => d.ReviewerRole).HasMaxLength(30);
        e.Property(d => d.Decision).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.Comment).HasMaxLength(10_000);
        // One decision per reviewer per review: a second one is refused (409) even under a race.
        e.HasIndex(d => new { d.ReviewId, d.ReviewerId }).IsUnique();
    }
}

public sealed class SelectionConfiguration : IEntityTypeConfiguration<Selection>
{
    public void Configure(EntityTypeBuilder<Selection> e)
    {
        e.ToTable("Selections");
        e.Property(s => s.CourseName).HasMaxLength(200);
        e.Property(s => s.Term).HasMaxLength(100);
        e.Property(s => s.Reason).HasMaxLength(4000);
        e.Property(s => s.LearningTask).HasMaxLength(200);
        e.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(s => new { s.SchoolId, s.Status });
        e.HasIndex(s => s.PackageId);
    }
}

public sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> e)
    {
        e.ToTable("PackageHistory");
        e.Property(h => h.Actor).HasMaxLength(100);
        e.Property(h => h.Action).HasMaxLength(40);
        e.Property(h => h.FromStatus).HasConversion<string>().HasMaxLength(20);
        e.Property(h => h.ToStatus).HasConversion<string>().HasMaxLength(20);
        e.Property(h => h.Comment).HasMaxLength(10_000);
        e.HasIndex(h => new { h.PackageId, h.Id });
    }
}

public sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> e)
    {
        e.ToTable("InboxMessages");
        e.Property(m => m.Title).HasMaxLength(200);
        e.Property(m => m.Body).HasMaxLength(4000);
        e.Property(m => m.Link).HasMaxLength(300);
        e.HasIndex(m => new { m.UserId, m.At });
    }
}

public sealed class ReviewPolicyConfiguration : IEntityTypeConfiguration<ReviewPolicy>
{
    public void Configure(EntityTypeBuilder<ReviewPolicy> e)
    {
        e.ToTable("ReviewPolicies");
        e.Property(p => p.Region).HasMaxLength(50);
        e.Property(p => p.ResourceType).HasConversion<string>().HasMaxLength(30);
        e.HasIndex(p => new { p.Region, p.ResourceType }).IsUnique();
    }
}

public sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> e)
    {
        e.ToTable("Experts");
        e.Property(x => x.Region).HasMaxLength(50);
        e.Property(x => x.Organisation).HasMaxLength(200);
        e.Property(x => x.SuspendReason).HasMaxLength(1000);
        e.HasIndex(x => x.UserId);
    }
}

public sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<ReviewAssignment> e)
    {
        e.ToTable("ReviewAssignments");
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.Reason).HasMaxLength(2000);
        e.HasOne<Expert>().WithMany().HasForeignKey(a => a.ExpertId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(a => new { a.UserId, a.Status });
        e.HasIndex(a => new { a.Status, a.DueAt });
    }
}

public sealed class CatalogueEntryConfiguration : IEntityTypeConfiguration<CatalogueEntry>
{
    public void Configure(EntityTypeBuilder<CatalogueEntry> e)
    {
        e.ToTable("TextbookCatalogue");
        e.Property(c => c.Code).HasMaxLength(50);
        e.Property(c => c.Title).HasMaxLength(300);
        e.Property(c => c.TitleKey).HasMaxLength(300);
        e.Property(c => c.Specialty).HasMaxLength(100);
        e.Property(c => c.Editor).HasMaxLength(200);
        e.Property(c => c.Publisher).HasMaxLength(200);
        e.Property(c => c.Batch).HasMaxLength(50);
        e.HasIndex(c => c.Code).IsUnique();
        e.HasIndex(c => c.TitleKey);
    }
}

public sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> e)
    {
        e.ToTable("ReviewChecklistItems");
        e.Property(i => i.ResourceType).HasConversion<string>().HasMaxLength(30);
        e.Property(i => i.Text).HasMaxLength(200);
        e.HasIndex(i => new { i.ResourceType, i.Order });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceHub.Reform.Models;

namespace ResourceHub.Reform.Data;

public sealed class TrainingRecordChangeConfiguration : IEntityTypeConfiguration<TrainingRecordChange>
{
    public void Configure(EntityTypeBuilder<TrainingRecordChange> e)
    {
        e.ToTable("ReformTrainingRecordChanges");
        e.Property(c => c.Action).HasMaxLength(20);
        e.HasIndex(c => c.RecordId);
    }
}

public sealed class ReformTeacherConfiguration : IEntityTypeConfiguration<ReformTeacher>
{
    public void Configure(EntityTypeBuilder<ReformTeacher> e)
    {
        e.ToTable("ReformTeachers");
        e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(t => t.Level).HasConversion<string>().HasMaxLength(20);
        e.Property(t => t.Name).HasMaxLength(50);
        e.Property(t => t.SpecialtyCode).HasMaxLength(20);
        e.Property(t => t.Enterprise).HasMaxLength(200);
        e.HasIndex(t => t.SchoolId);
    }
}

public sealed class ReformAttachmentConfiguration : IEntityTypeConfiguration<ReformAttachment>
{
    public void Configure(EntityTypeBuilder<ReformAttachment> e)
    {
        e.ToTable("ReformAttachments");
        e.Property(a => a.Owner).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.Name).HasMaxLength(255);
        e.Property(a => a.ContentType).HasMaxLength(200);
        e.Property(a => a.Sha256).HasMaxLength(64);
        e.Property(a => a.BlobName).HasMaxLength(200);
        e.HasIndex(a => new { a.Owner, a.OwnerId });
    }
}

public sealed class PanelMemberConfiguration : IEntityTypeConfiguration<PanelMember>
{
    public void Configure(EntityTypeBuilder<PanelMember> e)
    {
        e.ToTable("ReformPanelMembers");
        e.HasOne<Nomination>().WithMany().HasForeignKey(p => p.NominationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(p => new { p.NominationId, p.ExpertId }).IsUnique();
    }
}

public sealed class EvaluationRuleConfiguration : IEntityTypeConfiguration<EvaluationRule>
{
    public void Configure(EntityTypeBuilder<EvaluationRule> e)
    {
        e.ToTable("ReformEvaluationRules");
        e.HasKey(r => r.Kind);
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(r => r.PublishThreshold).HasPrecision(8, 2);
    }
}

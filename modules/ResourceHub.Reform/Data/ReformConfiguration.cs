using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceHub.Reform.Models;

namespace ResourceHub.Reform.Data;

public sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> e)
    {
        e.ToTable("ReformTargets");
        e.HasKey(t => t.Region);
        e.Property(t => t.Region).HasMaxLength(50);
    }
}

public sealed class PhaseConfiguration : IEntityTypeConfiguration<Phase>
{
    public void Configure(EntityTypeBuilder<Phase> e)
    {
        e.ToTable("ReformPhases");
        e.Property(p => p.Region).HasMaxLength(50);
        e.Property(p => p.Name).HasMaxLength(100);
        e.HasIndex(p => new { p.Region, p.Number }).IsUnique();
    }
}

public sealed class RegionalRuleConfiguration : IEntityTypeConfiguration<RegionalRule>
{
    public void Configure(EntityTypeBuilder<RegionalRule> e)
    {
        e.ToTable("ReformRegionalRules");
        e.HasKey(r => r.Region);
        e.Property(r => r.Region).HasMaxLength(50);
        e.Property(r => r.IntegratedHoursMultiplier).HasPrecision(6, 3);
    }
}

public sealed class BatchConfiguration : IEntityTypeConfiguration<Batch>
{
    public void Configure(EntityTypeBuilder<Batch> e)
    {
        e.ToTable("ReformBatches");
        e.Property(b => b.Name).HasMaxLength(100);
        e.Property(b => b.Region).HasMaxLength(50);
    }
}

public sealed class SpecialtyApplicationConfiguration : IEntityTypeConfiguration<SpecialtyApplication>
{
    public void Configure(EntityTypeBuilder<SpecialtyApplication> e)
    {
        e.ToTable("ReformApplications");
        e.Property(a => a.SpecialtyCode).HasMaxLength(20);
        e.Property(a => a.Reason).HasMaxLength(2000);
        e.Property(a => a.Comment).HasMaxLength(2000);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Batch>().WithMany().HasForeignKey(a => a.BatchId).OnDelete(DeleteBehavior.Restrict);
        // A rejected application gives its place back; the others hold theirs.
        const string held = "\"Status\" <> 'Rejected'";
        e.HasIndex(a => new { a.BatchId, a.SchoolId, a.Slot }).IsUnique().HasFilter(held);
        e.HasIndex(a => new { a.BatchId, a.SchoolId, a.SpecialtyCode }).IsUnique().HasFilter(held);
        e.HasIndex(a => a.Status);
    }
}

public sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> e)
    {
        e.ToTable("ReformTrainingRecords");
        e.Property(t => t.TeacherName).HasMaxLength(50);
        e.Property(t => t.CourseName).HasMaxLength(200);
        e.Property(t => t.TrainingBase).HasMaxLength(200);
        e.Property(t => t.Hours).HasPrecision(8, 2);
        e.Property(t => t.Source).HasMaxLength(100);
        e.HasIndex(t => t.SchoolId);
        e.HasIndex(t => new { t.Source, t.UserId });
    }
}

public sealed class TeachingLoadConfiguration : IEntityTypeConfiguration<TeachingLoad>
{
    public void Configure(EntityTypeBuilder<TeachingLoad> e)
    {
        e.ToTable("ReformTeachingLoads");
        e.Property(t => t.TeacherName).HasMaxLength(50);
        e.Property(t => t.CourseName).HasMaxLength(200);
        e.Property(t => t.Term).HasMaxLength(50);
        e.Property(t => t.Hours).HasPrecision(8, 2);
        e.HasIndex(t => new { t.SchoolId, t.TeacherName });
    }
}

public sealed class RubricCriterionConfiguration : IEntityTypeConfiguration<RubricCriterion>
{
    public void Configure(EntityTypeBuilder<RubricCriterion> e)
    {
        e.ToTable("ReformRubricCriteria");
        e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(c => c.Name).HasMaxLength(200);
    }
}

public sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> e)
    {
        e.ToTable("ReformNominations");
        e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        e.Property(n => n.Title).HasMaxLength(200);
        e.Property(n => n.Description).HasMaxLength(10_000);
        e.Property(n => n.SpecialtyCode).HasMaxLength(20);
        e.Property(n => n.FinalScore).HasPrecision(8, 2);
    }
}

public sealed class ScoreConfiguration : IEntityTypeConfiguration<Score>
{
    public void Configure(EntityTypeBuilder<Score> e)
    {
        e.ToTable("ReformScores");
        e.HasOne<Nomination>().WithMany().HasForeignKey(s => s.NominationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<RubricCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(s => new { s.NominationId, s.ReviewerId, s.CriterionId }).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceHub.Training.Models;

namespace ResourceHub.Training.Data;

public sealed class TrainingBaseConfiguration : IEntityTypeConfiguration<TrainingBase>
{
    public void Configure(EntityTypeBuilder<TrainingBase> e)
    {
        e.ToTable("TrainingBases");
        e.Property(b => b.Name).HasMaxLength(200);
        e.Property(b => b.Region).HasMaxLength(50);
        e.Property(b => b.Level).HasConversion<string>().HasMaxLength(20);
        e.Property(b => b.Contact).HasMaxLength(200);
        e.HasIndex(b => b.Region);
    }
}

public sealed class TrainingProgrammeConfiguration : IEntityTypeConfiguration<TrainingProgramme>
{
    public void Configure(EntityTypeBuilder<TrainingProgramme> e)
    {
        e.ToTable("TrainingProgrammes");
        e.Property(p => p.Title).HasMaxLength(200);
        e.Property(p => p.Description).HasMaxLength(4000);
        e.Property(p => p.OrganiserKind).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.OrganiserName).HasMaxLength(200);
        e.Property(p => p.Region).HasMaxLength(50);
        e.Property(p => p.SpecialtyCode).HasMaxLength(20);
        e.Property(p => p.Hours).HasPrecision(8, 1);
        e.Ignore(p => p.SourceKey);
        e.HasMany(p => p.Units).WithOne().HasForeignKey(u => u.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(p => new { p.Region, p.SpecialtyCode });
    }
}

public sealed class ProgrammeUnitConfiguration : IEntityTypeConfiguration<ProgrammeUnit>
{
    public void Configure(EntityTypeBuilder<ProgrammeUnit> e)
    {
        e.ToTable("TrainingUnits");
        e.Property(u => u.Title).HasMaxLength(200);
        e.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(u => u.Place).HasMaxLength(500);
        e.Property(u => u.Instructions).HasMaxLength(4000);
    }
}

public sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> e)
    {
        e.ToTable("TrainingEnrolments");
        e.Property(x => x.TeacherName).HasMaxLength(100);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        // One place per teacher and programme: a second enrolment is a conflict, not a duplicate.
        e.HasIndex(x => new { x.ProgrammeId, x.UserId }).IsUnique();
        e.HasIndex(x => x.UserId);
        e.HasMany(x => x.Progress).WithOne().HasForeignKey(p => p.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class UnitProgressConfiguration : IEntityTypeConfiguration<UnitProgress>
{
    public void Configure(EntityTypeBuilder<UnitProgress> e)
    {
        e.ToTable("TrainingProgress");
        e.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Comment).HasMaxLength(1000);
        e.HasIndex(p => new { p.EnrolmentId, p.UnitId, p.FileId }).IsUnique();
        e.HasIndex(p => p.AssignmentPackageId);
    }
}

public sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> e)
    {
        e.ToTable("TrainingCertificates");
        e.Property(c => c.Code).HasMaxLength(20);
        e.Property(c => c.Holder).HasMaxLength(100);
        e.Property(c => c.Programme).HasMaxLength(200);
        e.Property(c => c.Organiser).HasMaxLength(200);
        e.Property(c => c.Hours).HasPrecision(8, 1);
        e.HasIndex(c => c.Code).IsUnique();
        e.HasIndex(c => c.EnrolmentId).IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceHub.Standards.Models;

namespace ResourceHub.Standards.Data;

public sealed class SpecialtyConfiguration : IEntityTypeConfiguration<Specialty>
{
    public void Configure(EntityTypeBuilder<Specialty> e)
    {
        e.ToTable("Specialties");
        e.HasKey(s => s.Code);
        e.Property(s => s.Code).HasMaxLength(20);
        e.Property(s => s.Name).HasMaxLength(100);
        e.Property(s => s.Category).HasMaxLength(50);
        e.HasIndex(s => s.Name);
    }
}

public sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> e)
    {
        e.ToTable("Courses");
        e.Property(c => c.SpecialtyCode).HasMaxLength(20);
        e.Property(c => c.Name).HasMaxLength(200);
        e.Property(c => c.Description).HasMaxLength(10_000);
        e.HasOne<Specialty>().WithMany().HasForeignKey(c => c.SpecialtyCode).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Tasks).WithOne().HasForeignKey(t => t.CourseId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(c => new { c.SpecialtyCode, c.Name }).IsUnique();
    }
}

public sealed class LearningTaskConfiguration : IEntityTypeConfiguration<LearningTask>
{
    public void Configure(EntityTypeBuilder<LearningTask> e)
    {
        e.ToTable("LearningTasks");
        e.Property(t => t.Name).HasMaxLength(200);
        e.Property(t => t.WorkTask).HasMaxLength(200);
    }
}

public sealed class CourseStandardConfiguration : IEntityTypeConfiguration<CourseStandard>
{
    public void Configure(EntityTypeBuilder<CourseStandard> e)
    {
        e.ToTable("CourseStandards");
        e.Property(s => s.SpecialtyCode).HasMaxLength(20);
        e.Property(s => s.Title).HasMaxLength(200);
        e.HasOne<Specialty>().WithMany().HasForeignKey(s => s.SpecialtyCode).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CourseStandard>().WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(s => new { s.SpecialtyCode, s.SchoolId });
    }
}

public sealed class CourseStandardVersionConfiguration : IEntityTypeConfiguration<CourseStandardVersion>
{
    public void Configure(EntityTypeBuilder<CourseStandardVersion> e)
    {
        e.ToTable("CourseStandardVersions");
        e.HasOne<CourseStandard>().WithMany().HasForeignKey(v => v.StandardId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(v => new { v.StandardId, v.Number }).IsUnique();
        e.Property(v => v.Note).HasMaxLength(1000);
        e.Ignore(v => v.Sections);
    }
}

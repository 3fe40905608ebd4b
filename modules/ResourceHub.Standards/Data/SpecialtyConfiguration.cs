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

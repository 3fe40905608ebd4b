using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceHub.Core.Data;
using ResourceHub.Schools.Models;

namespace ResourceHub.Schools.Data;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> e)
    {
        e.ToTable("Schools");
        e.Property(s => s.Name).HasMaxLength(200);
        e.Property(s => s.Region).HasMaxLength(50);
        e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        e.HasIndex(s => s.Name).IsUnique();
        e.HasIndex(s => s.Region);
    }
}

/// <summary>A user's school is a real school (or none).</summary>
public sealed class UserSchoolConfiguration : IEntityTypeConfiguration<ResourceHubUser>
{
    public void Configure(EntityTypeBuilder<ResourceHubUser> e) =>
        e.HasOne<School>().WithMany().HasForeignKey(u => u.SchoolId).OnDelete(DeleteBehavior.Restrict);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceHub.Zone.Models;

namespace ResourceHub.Zone.Data;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> e)
    {
        e.ToTable("Articles");
        e.Property(a => a.Title).HasMaxLength(200);
        e.Property(a => a.Body).HasMaxLength(200_000);
        e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(a => new { a.Kind, a.PublishedAt });
    }
}

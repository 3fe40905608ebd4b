using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;

namespace ResourceHub.Search.Indexing;

/// <summary>
/// "Package X changed": an append-only row written in the same transaction as the change.
/// Every node's worker reads the rows after its own cursor and re-indexes those packages.
/// </summary>
public sealed class IndexingTask
{
    public long Id { get; init; }
    public Guid PackageId { get; init; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}

public sealed class IndexingTaskConfiguration : IEntityTypeConfiguration<IndexingTask>
{
    public void Configure(EntityTypeBuilder<IndexingTask> e)
    {
        e.ToTable("IndexingTasks");
        e.Property(t => t.Id).ValueGeneratedOnAdd();
    }
}

/// <summary>
/// Adds the task row to the caller's unit of work: it commits or rolls back with the change. Once
/// saved, this node's worker is woken at once (an approval's words are searchable without waiting
/// for the poll, which remains for the tasks other nodes write).
/// </summary>
public sealed class IndexingTaskSink(ResourceHubDbContext db, IndexWorker worker) : IContentChangeSink
{
    private bool _listening;

    public void PackageChanged(Guid packageId)
    {
        db.Add(new IndexingTask { PackageId = packageId });
        if (!_listening)
        {
            _listening = true;
            db.SavedChanges += (_, _) => worker.Wake();
        }
    }
}

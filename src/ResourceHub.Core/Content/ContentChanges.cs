namespace ResourceHub.Core.Content;

/// <summary>
/// Told, inside the caller's unit of work, that a package's searchable content or visibility
/// changed. The search module answers by adding an indexing-task row to the same DbContext,
/// so the row commits (or rolls back) with the change itself.
/// </summary>
public interface IContentChangeSink
{
    void PackageChanged(Guid packageId);
}

/// <summary>What modules call; fans out to every sink (none when no search module is present).</summary>
public sealed class ContentChanges(IEnumerable<IContentChangeSink> sinks)
{
    public void PackageChanged(Guid packageId)
    {
        foreach (var sink in sinks)
        {
            sink.PackageChanged(packageId);
        }
    }
}

namespace ResourceHub.Resources.Models;

/// <summary>A file of a package. The bytes live in the blob store under a generated name.</summary>
public sealed class PackageFile
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PackageId { get; init; }
    /// <summary>The user's file name, kept for display and the download's filename*.</summary>
    public required string Name { get; set; }
    public long Size { get; init; }
    public required string ContentType { get; init; }
    /// <summary>Lowercase hex SHA-256 of the bytes.</summary>
    public required string Sha256 { get; init; }
    public required string BlobName { get; init; }
    /// <summary>What this file is within the package (a 工作页 inside a textbook package, say).</summary>
    public ResourceType? Kind { get; set; }
    /// <summary>The package version this file was added in.</summary>
    public int AddedInVersion { get; init; } = 1;
    /// <summary>
    /// Set when the file is removed from a version after an earlier version was submitted with
    /// it: the row and blob stay so that stored versions remain whole. Null: still current.
    /// </summary>
    public int? RemovedInVersion { get; set; }
    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>The file as the package's events carry it.</summary>
    public PackageFileStored Stored() => new(Id, Name, BlobName, Size, ContentType, Sha256);

    /// <summary>Part of version <paramref name="version"/> of its package.</summary>
    public bool IsIn(int version) => AddedInVersion <= version && (RemovedInVersion is null || RemovedInVersion > version);
}

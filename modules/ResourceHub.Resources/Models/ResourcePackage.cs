using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using ResourceHub.Core.Events;
using ResourceHub.Core.Http;

namespace ResourceHub.Resources.Models;

/// <summary>
/// A school's 教学资源包: metadata and files, moving through review. Its methods raise the
/// events (<see cref="PackageChanged"/>) that index it, record its history and process its files.
/// </summary>
public sealed class ResourcePackage : AggregateRoot
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid SchoolId { get; init; }
    public Guid CreatedById { get; init; }

    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public required string SpecialtyCode { get; set; }
    public string? CourseName { get; set; }
    /// <summary>The 一体化 course (Standards) this package serves, and within it the learning task.</summary>
    public Guid? CourseId { get; set; }
    public Guid? LearningTaskId { get; set; }
    public ResourceType ResourceType { get; set; }
    public TextbookForm? TextbookForm { get; set; }
    public SkillLevel? SkillLevel { get; set; }
    public List<string> Tags { get; set; } = [];
    public List<string> Authors { get; set; } = [];
    /// <summary>The sharing licence, e.g. "共建共享（校际免费使用）" or CC BY-NC 4.0.</summary>
    public string Licence { get; set; } = "共建共享";

    public PackageStatus Status { get; private set; } = PackageStatus.Draft;
    /// <summary>The version being edited or reviewed; starts at 1, +1 on each resubmission.</summary>
    public int Version { get; private set; } = 1;
    /// <summary>The version everyone sees, once one has been approved; stays while a newer one is in review.</summary>
    public int? PublishedVersion { get; private set; }
    /// <summary>Whole-file fetches a person started (see <c>FileFetch</c>): not previews, probes or resumptions.</summary>
    public long Downloads { get; set; }
    /// <summary>Files opened on the page: the PDF reader, the player, an image, an Office preview.</summary>
    public long Views { get; set; }

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;

    public List<PackageFile> Files { get; init; } = [];

    /// <summary>A new draft of <paramref name="actor"/>'s school; the caller fills in the metadata before saving.</summary>
    [SetsRequiredMembers]
    public ResourcePackage(ClaimsPrincipal actor, Guid schoolId, Guid createdById)
    {
        SchoolId = schoolId;
        CreatedById = createdById;
        Title = "";
        SpecialtyCode = "";
        Raise(new PackageCreated(Id, Status, Version, actor));
    }

    /// <summary>For EF Core and generated data (benchmarks): no event.</summary>
    public ResourcePackage()
    {
    }

    /// <summary>The files of <paramref name="version"/>, oldest first.</summary>
    public IEnumerable<PackageFile> FilesOf(int version) => Files.Where(f => f.IsIn(version)).OrderBy(f => f.CreatedAt);

    /// <summary>What an approval binds to: the sorted SHA-256 list of a version's files.</summary>
    public List<string> FileHashesOf(int version) => FilesOf(version).Select(f => f.Sha256).Order(StringComparer.Ordinal).ToList();

    public bool IsEditable => Status is PackageStatus.Draft or PackageStatus.Returned;

    /// <summary>Refuses any change to content while the package is not editable.</summary>
    public void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new ConflictException($"资源包当前状态为“{Status.ToChinese()}”，只有草稿或已退回的资源包可以修改。");
        }
    }

    /// <summary>The metadata of the version being edited was changed (by the caller, after its checks).</summary>
    public void Edited(ClaimsPrincipal actor)
    {
        EnsureEditable();
        UpdatedAt = DateTimeOffset.UtcNow;
        Raise(new PackageEdited(Id, Status, Version, actor));
    }

    /// <summary>Adds a file to the version being edited.</summary>
    public PackageFile AddFile(ClaimsPrincipal actor, string name, long size, string contentType, string sha256, string blobName, ResourceType? kind)
    {
        EnsureEditable();
        var file = new PackageFile
        {
            PackageId = Id, Name = name, Size = size, ContentType = contentType, Sha256 = sha256,
            BlobName = blobName, Kind = kind, AddedInVersion = Version,
        };
        Files.Add(file);
        UpdatedAt = DateTimeOffset.UtcNow;
        Raise(new PackageFileAdded(Id, Status, Version, file.Stored(), actor));
        return file;
    }

    /// <summary>
    /// Takes a file out of the version being edited. A file that no submitted version holds is
    /// gone for good (true: delete its row's bytes too); one that an earlier version holds is only
    /// marked removed, so that stored versions stay whole.
    /// </summary>
    public bool RemoveFile(ClaimsPrincipal actor, PackageFile file)
    {
        EnsureEditable();
        UpdatedAt = DateTimeOffset.UtcNow;
        var gone = file.AddedInVersion == Version;
        if (gone)
        {
            Files.Remove(file);
        }
        else
        {
            file.RemovedInVersion = Version;
        }
        Raise(new PackageFileRemoved(Id, Status, Version, file.Stored(), gone, actor));
        return gone;
    }

    /// <summary>The files of the version being edited or reviewed.</summary>
    public IEnumerable<PackageFile> CurrentFiles() => FilesOf(Version);

    /// <summary>
    /// Internal: only <see cref="Services.PackageWorkflow"/> moves a package, and only the review
    /// gate calls that (IPackageWorkflow; the architecture test guards it).
    /// </summary>
    internal void MoveTo(PackageStatus status, int? version = null, int? publishedVersion = null)
    {
        Status = status;
        Version = version ?? Version;
        PublishedVersion = publishedVersion ?? PublishedVersion;
        UpdatedAt = DateTimeOffset.UtcNow;
        Raise(new PackageStatusChanged(Id, Status, Version));
    }
}

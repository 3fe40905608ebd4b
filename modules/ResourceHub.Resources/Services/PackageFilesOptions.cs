namespace ResourceHub.Resources.Services;

/// <summary><c>ResourceHub:Files</c> (shared with Media's upload limits): what concerns package files.</summary>
public sealed class PackageFilesOptions
{
    /// <summary>All files of one school together (409 when an upload would pass it). Default 50 GiB.</summary>
    public long SchoolQuotaBytes { get; set; } = 50L << 30;
}

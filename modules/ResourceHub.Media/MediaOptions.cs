namespace ResourceHub.Media;

/// <summary><c>ResourceHub:Files</c>: upload limits and the sweeper.</summary>
public sealed class FilesOptions
{
    /// <summary>Largest file accepted (413 past it). Default 2 GiB.</summary>
    public long MaxFileBytes { get; set; } = 2L << 30;
    // SchoolQuotaBytes, in the same section, is the Resources module's (PackageFilesOptions): the quota counts package files.
    /// <summary>A resumable upload untouched this long is dropped with its bytes.</summary>
    public double UploadExpiryHours { get; set; } = 24;
    /// <summary>
    /// A PATCH holds its upload this long past its last sign of life (renewed while bytes flow); another
    /// PATCH of the same upload meanwhile gets 409. After a node dies, its upload continues elsewhere after this.
    /// </summary>
    public double UploadLeaseSeconds { get; set; } = 30;
    /// <summary>Bytes of a PATCH staged (and acknowledged) at a time: the most a killed node can lose unacknowledged.</summary>
    public int UploadBlockBytes { get; set; } = 4 << 20;
    /// <summary>Bytes nobody refers to are deleted once this old (longer than any upload takes to commit its row).</summary>
    public double OrphanGraceMinutes { get; set; } = 60;
    public double SweepMinutes { get; set; } = 30;
}

/// <summary><c>ResourceHub:Media</c>: background processing and its limits.</summary>
public sealed class MediaOptions
{
    public bool WorkerEnabled { get; set; } = true;
    public double PollSeconds { get; set; } = 2;
    /// <summary>Jobs this node runs at once (each a loop claiming from the shared table); two suit a two-core server.</summary>
    public int Workers { get; set; } = 2;
    public int JobTimeoutSeconds { get; set; } = 120;
    /// <summary>A claimed job's lease, renewed every third of it while it runs; a dead node's job is claimed again after it.</summary>
    public double JobLeaseSeconds { get; set; } = 30;
    public int MaxAttempts { get; set; } = 2;
    public int MaxZipEntries { get; set; } = 10_000;
    public long MaxInflatedBytes { get; set; } = 512L << 20;
    public int MaxExtractedChars { get; set; } = 2_000_000;
    public int MaxPdfPages { get; set; } = 2_000;
    public int MaxImageWidth { get; set; } = 16_000;
    public int MaxImageHeight { get; set; } = 16_000;
    public long MaxImagePixels { get; set; } = 100_000_000;
    public long MaxImageMemoryBytes { get; set; } = 256L << 20;
    public int ThumbnailSize { get; set; } = 320;
    /// <summary>LibreOffice (soffice) for Office page previews; empty: soffice or libreoffice on PATH. Absent: extracted text only.</summary>
    public string? LibreOfficePath { get; set; }
    /// <summary>
    /// Run LibreOffice, Ghostscript and ffmpeg in the bubblewrap sandbox (no network, no files outside
    /// the job's work folder). Where it cannot start, jobs fail closed. Turning it off is an operator's
    /// explicit choice for servers without user namespaces (see docs/security.md).
    /// </summary>
    public bool Sandbox { get; set; } = true;
    /// <summary>The bubblewrap program (Debian package <c>bubblewrap</c>).</summary>
    public string SandboxPath { get; set; } = "bwrap";
}

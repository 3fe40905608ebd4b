using ResourceHub.Core.Http;

namespace ResourceHub.Reform.Services;

/// <summary>
/// <c>ResourceHub:Import</c>: what a workbook sent to an import may be. A few kilobytes of zip
/// can inflate to gigabytes of XML, so the file's size, its zip entries and their inflated size
/// are checked before it is opened, and rows are read one at a time up to a cap.
/// </summary>
public sealed class SheetLimits
{
    public long MaxBytes { get; set; } = 10L << 20;
    public int MaxZipEntries { get; set; } = 1_000;
    public long MaxInflatedBytes { get; set; } = 32L << 20;
    public int MaxRows { get; set; } = 50_000;
    /// <summary>Cells read per row; columns past it are ignored (a sheet has a handful).</summary>
    public int MaxColumns { get; set; } = 200;

    public void EnsureSize(long bytes)
    {
        if (bytes > MaxBytes)
        {
            throw TooLarge($"文件有 {bytes >> 10} KB，导入的工作簿最大 {MaxBytes >> 20} MB。请拆分后分批导入。");
        }
    }

    public static DomainException TooLarge(string message) => new(413, "工作簿过大", message);
}

using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ResourceHub.Media.Storage;

/// <summary>
/// The two Linux file calls .NET does not offer: switching a descriptor between the page cache and
/// direct I/O (<c>fcntl(F_SETFL, O_DIRECT)</c>), and starting write-back of a range without waiting
/// (<c>sync_file_range(SYNC_FILE_RANGE_WRITE)</c>). Each answers false where it is not available
/// (another OS or architecture, a file system that refuses), and the caller then writes as before.
/// </summary>
internal static class LinuxFiles
{
    /// <summary>Direct writes need the memory, the file offset and the length on this boundary (the largest logical block size in use).</summary>
    public const int DirectAlignment = 4096;

    private const int GetFlags = 3, SetFlags = 4;
    private const uint SyncFileRangeWrite = 2;

    // O_DIRECT differs by architecture; elsewhere direct I/O is simply not used.
    private static readonly int s_oDirect = !OperatingSystem.IsLinux() ? 0 : RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x4000,
        Architecture.Arm64 or Architecture.Arm => 0x10000,
        _ => 0,
    };

    private static bool s_missing = !OperatingSystem.IsLinux();

    /// <summary>Turns direct I/O on or off for the file; false if the file system or the platform cannot.</summary>
    public static bool SetDirect(SafeFileHandle file, bool on) =>
        s_oDirect != 0 && Call(file, fd =>
        {
            var flags = fcntl(fd, GetFlags, 0);
            return flags >= 0 && fcntl(fd, SetFlags, on ? flags | s_oDirect : flags & ~s_oDirect) == 0;
        });

    /// <summary>Asks the kernel to start writing the range's dirty pages to the disk, without waiting for them.</summary>
    public static bool StartWriteBack(SafeFileHandle file, long offset, long count) =>
        Call(file, fd => sync_file_range(fd, offset, count, SyncFileRangeWrite) == 0);

    private static bool Call(SafeFileHandle file, Func<int, bool> call)
    {
        if (s_missing)
        {
            return false;
        }
        var added = false;
        try
        {
            file.DangerousAddRef(ref added);
            return call((int)file.DangerousGetHandle());
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_missing = true;
            return false;
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    // Plain int and long arguments: what glibc and musl take on 64-bit Linux (fcntl's third argument is read as an int for these commands).
    [DllImport("libc", SetLastError = true)]
    private static extern int fcntl(int fd, int cmd, int arg);

    [DllImport("libc", SetLastError = true)]
    private static extern int sync_file_range(int fd, long offset, long nbytes, uint flags);
}

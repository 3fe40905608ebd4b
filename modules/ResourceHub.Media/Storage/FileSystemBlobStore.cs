using System.Runtime.CompilerServices;
using ResourceHub.Core.Storage;

namespace ResourceHub.Media.Storage;

/// <summary>
/// Blobs as files under a root folder. Each blob is written to a temporary name and renamed
/// into place once complete, so a reader or a crash never sees half a blob under its name.
/// Staged blocks (resumable uploads) are files of their own under <paramref name="stagingRoot"/>,
/// outside the blobs' folder; several nodes share both through the shared data path.
/// </summary>
public sealed partial class FileSystemBlobStore(string root, string stagingRoot) : IBlobStore, ILocalBlobs
{
    private const string TempSuffix = ".tmp";
    /// <summary>Large enough that a copy is a few hundred system calls per GiB; 4 MiB measured no faster (docs/benchmarks.md), and each upload holds two.</summary>
    private const int CopyBufferBytes = 1 << 20;
    /// <summary>How often a blob written through the page cache asks the kernel to start writing it to the disk (see <see cref="DiskWriteStream"/>).</summary>
    private const long WriteBehindBytes = 16 << 20;

    public string Root { get; } = Directory.CreateDirectory(root).FullName;

    private readonly string _staging = Directory.CreateDirectory(stagingRoot).FullName;

    /// <summary>A new blob goes to the disk by direct I/O where it can: nothing reads it back at once (see <see cref="DiskWriteStream"/>).</summary>
    public Task PutAsync(string name, Stream content, CancellationToken ct = default) =>
        WriteAtomicallyAsync(PathOf(name), direct: true, file => OverlappedCopy.CopyAsync(content, file, CopyBufferBytes, ct), ct);

    /// <summary>
    /// Writes a temporary file, flushes it to the disk, and only then renames it into place.
    /// <paramref name="direct"/>: bypass the page cache where possible; not for what is read again
    /// right away (staged blocks are joined on commit, a committed upload is read for its hash).
    /// </summary>
    private static async Task WriteAtomicallyAsync(string path, bool direct, Func<Stream, Task> write, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}{TempSuffix}";
        try
        {
            // No FileStream buffer: the writes come in large blocks already.
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous))
            {
                await write(new DiskWriteStream(file, WriteBehindBytes, direct));
                await file.FlushAsync(ct);
                // Durable before it is acknowledged: a node killed right after loses nothing it reported.
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken ct = default)
    {
        var path = PathOf(name);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.Asynchronous);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public string? LocalPath(string name)
    {
        var path = PathOf(name);
        return File.Exists(path) ? path : null;
    }

    public string? BlobOf(Stream stream)
    {
        if (stream is not FileStream { Name: var path } || !path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }
        return Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');
    }

    public Task MoveAsync(string from, string to, CancellationToken ct = default)
    {
        var target = PathOf(to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // One folder tree on one file system: a rename, whatever the size.
        File.Move(PathOf(from), target, overwrite: true);
        return Task.CompletedTask;
    }

    public Task<BlobInfo?> GetInfoAsync(string name, CancellationToken ct = default)
    {
        var file = new FileInfo(PathOf(name));
        return Task.FromResult(file.Exists ? new BlobInfo(name, file.Length, file.LastWriteTimeUtc) : null);
    }

    public Task<bool> DeleteAsync(string name, CancellationToken ct = default)
    {
        var path = PathOf(name);
        var existed = File.Exists(path);
        if (existed)
        {
            // File.Delete fails when the blob's folder was never made (a name that was never written).
            File.Delete(path);
        }
        return Task.FromResult(existed);
    }

    /// <summary>Lists complete blobs and also abandoned temporary files, so the sweeper clears those too.</summary>
    public async IAsyncEnumerable<BlobInfo> ListAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var path in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            ct.ThrowIfCancellationRequested();
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                continue;
            }
            var name = Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');
            yield return new BlobInfo(name, file.Length, file.LastWriteTimeUtc);
        }
        await Task.CompletedTask;
    }

    public Task CheckAsync(CancellationToken ct = default)
    {
        var probe = Path.Combine(Root, $".probe-{Guid.NewGuid():N}{TempSuffix}");
        File.WriteAllBytes(probe, []);
        File.Delete(probe);
        return Task.CompletedTask;
    }

    private string PathOf(string name)
    {
        // Generated names, plus the temporary names (with a dot) the sweeper's listing reports.
        if (name.Length is 0 or > 300 || name.Contains("..", StringComparison.Ordinal) || name.StartsWith('/')
            || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.'))
        {
            throw new ArgumentException($"not a blob name: {name}", nameof(name));
        }
        return Path.Combine(Root, name.Replace('/', Path.DirectorySeparatorChar));
    }
}

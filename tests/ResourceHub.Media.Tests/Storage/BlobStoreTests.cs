using System.Security.Cryptography;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Storage;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Storage;

/// <summary>One suite, every blob store: what the site relies on, whichever is configured.</summary>
public abstract class BlobStoreTests
{
    protected abstract Task<IBlobStore> StoreAsync();

    [Fact]
    public async Task StagedBlocks_InvisibleUntilCommitted_ThenOnlyTheListedOnesInOrder()
    {
        var store = await StoreAsync();
        var staged = (IStagedBlobs)store;
        var ct = TestContext.Current.CancellationToken;
        var name = $"u/{Guid.NewGuid():N}";
        var (a, b, stray) = (RandomNumberGenerator.GetBytes(5000), RandomNumberGenerator.GetBytes(3000), RandomNumberGenerator.GetBytes(700));
        // A stalled writer's block at the same offset as the second one: not listed, so not in the blob.
        await staged.StageAsync(name, "0000000000000005000zzzzzzzz", stray, ct);
        await staged.StageAsync(name, "0000000000000005000aaaaaaaa", b, ct);
        await staged.StageAsync(name, "0000000000000000000aaaaaaaa", a, ct);
        Assert.Null(await store.GetInfoAsync(name, ct));

        await staged.CommitAsync(name, ["0000000000000000000aaaaaaaa", "0000000000000005000aaaaaaaa"], ct);

        await using (var read = await store.OpenReadAsync(name, ct))
        {
            var copy = new MemoryStream();
            await read!.CopyToAsync(copy, ct);
            Assert.Equal([.. a, .. b], copy.ToArray());
        }
        await staged.DiscardAsync(name, ct);
        Assert.Null(await store.GetInfoAsync(name, ct));
    }

    [Fact]
    public async Task PutAsync_LargeStream_ReadsBackByteExact()
    {
        var store = await StoreAsync();
        var bytes = RandomNumberGenerator.GetBytes((9 << 20) + 123);
        var name = BlobNames.New();
        await store.PutAsync(name, new MemoryStream(bytes), TestContext.Current.CancellationToken);

        await using var read = await store.OpenReadAsync(name, TestContext.Current.CancellationToken);
        Assert.NotNull(read);
        var copy = new MemoryStream();
        await read.CopyToAsync(copy, TestContext.Current.CancellationToken);
        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(copy.ToArray()));
        Assert.Equal(bytes.Length, (await store.GetInfoAsync(name, TestContext.Current.CancellationToken))!.Size);
    }

    [Fact]
    public async Task OpenReadAsync_Seek_ReadsTheRange()
    {
        var store = await StoreAsync();
        var bytes = RandomNumberGenerator.GetBytes(100_000);
        var name = BlobNames.New();
        await store.PutAsync(name, new MemoryStream(bytes), TestContext.Current.CancellationToken);

        await using var read = (await store.OpenReadAsync(name, TestContext.Current.CancellationToken))!;
        Assert.True(read.CanSeek);
        read.Seek(60_000, SeekOrigin.Begin);
        var part = new byte[1000];
        await read.ReadExactlyAsync(part, TestContext.Current.CancellationToken);
        Assert.Equal(bytes[60_000..61_000], part);
    }

    [Fact]
    public async Task DeleteAsync_ExistingBlob_GoneFromReadsAndListing()
    {
        var store = await StoreAsync();
        var name = BlobNames.New();
        await store.PutAsync(name, new MemoryStream([1, 2, 3]), TestContext.Current.CancellationToken);
        Assert.Contains(await ListAsync(store), b => b.Name == name);

        Assert.True(await store.DeleteAsync(name, TestContext.Current.CancellationToken));

        Assert.Null(await store.OpenReadAsync(name, TestContext.Current.CancellationToken));
        Assert.Null(await store.GetInfoAsync(name, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(await ListAsync(store), b => b.Name == name);
        Assert.False(await store.DeleteAsync(name, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PutAsync_SourceFailsMidway_LeavesNoBlob()
    {
        var store = await StoreAsync();
        var name = BlobNames.New();
        await Assert.ThrowsAnyAsync<IOException>(() => store.PutAsync(name, new FailingStream(3 << 20), TestContext.Current.CancellationToken));

        Assert.Null(await store.GetInfoAsync(name, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(await ListAsync(store), b => b.Name == name);
    }

    [Fact]
    public async Task CheckAsync_Reachable_Succeeds() => await (await StoreAsync()).CheckAsync(TestContext.Current.CancellationToken);

    private static async Task<List<BlobInfo>> ListAsync(IBlobStore store)
    {
        var list = new List<BlobInfo>();
        await foreach (var blob in store.ListAsync(TestContext.Current.CancellationToken))
        {
            list.Add(blob);
        }
        return list;
    }

    /// <summary>A client whose connection drops after some bytes.</summary>
    private sealed class FailingStream(int failAfter) : Stream
    {
        private int _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_read >= failAfter)
            {
                throw new IOException("connection dropped");
            }
            var n = Math.Min(count, failAfter - _read);
            Array.Fill(buffer, (byte)7, offset, n);
            _read += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class BlobStoreTests_FileSystem : BlobStoreTests, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "resourcehub-blobtests", Guid.NewGuid().ToString("N"));

    protected override Task<IBlobStore> StoreAsync() => Task.FromResult<IBlobStore>(new FileSystemBlobStore(_root, _root + "-staging"));

    [Fact]
    public async Task PutAsync_SourceFailsMidway_LeavesNoTemporaryFile()
    {
        var store = new FileSystemBlobStore(_root, _root + "-staging");
        await Assert.ThrowsAnyAsync<Exception>(() => store.PutAsync(BlobNames.New(), new ThrowingStream(), TestContext.Current.CancellationToken));
        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_root + "-staging", recursive: true);
    }

    /// <summary>A source that fails however it is read.</summary>
    private sealed class ThrowingStream : MemoryStream
    {
        public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken) => throw new IOException("dropped");

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("dropped");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new IOException("dropped");
    }
}

public sealed class BlobStoreTests_Azurite : BlobStoreTests
{
    private readonly string _container = "blobtests-" + Guid.NewGuid().ToString("N")[..12];

    protected override async Task<IBlobStore> StoreAsync()
    {
        if (await Azurite.UnavailableReasonAsync() is { } reason)
        {
            Requirements.Unavailable("Azurite", reason);
        }
        return new AzureBlobStore(BlobStoreSetup.Container(Azurite.ConnectionString, _container, Azurite.ServiceVersion));
    }
}

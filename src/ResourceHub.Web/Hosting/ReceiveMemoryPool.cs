using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Connections;

namespace ResourceHub.Web.Hosting;

/// <summary>
/// Kestrel's connection buffers in larger blocks. The socket transport receives into whatever block
/// the pool hands it, and Kestrel's own pool has 4 KiB blocks: a 512 MiB upload was 131,072
/// receive calls, each with a wake-up of the reader, and the system calls alone took a third of a
/// second of a core. With 64 KiB blocks the kernel copies up to 64 KiB a call. A connection holds a
/// block only while it has unread bytes or a response being written; blocks are pinned (the
/// sockets need them fixed) and reused, and the pool keeps at most <see cref="KeptBlocks"/> free.
/// </summary>
internal sealed class ReceiveMemoryPoolFactory(int blockBytes) : IMemoryPoolFactory<byte>
{
    public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new ReceiveMemoryPool(blockBytes);
}

internal sealed class ReceiveMemoryPool(int blockBytes) : MemoryPool<byte>
{
    /// <summary>Free blocks kept for reuse (4 MiB at 64 KiB); past that they go to the GC.</summary>
    public const int KeptBlocks = 64;

    private readonly ConcurrentQueue<byte[]> _free = new();

    public override int MaxBufferSize => blockBytes;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, blockBytes);
        var block = _free.TryDequeue(out var free) ? free : GC.AllocateUninitializedArray<byte>(blockBytes, pinned: true);
        return new Block(this, block);
    }

    private void Return(byte[] block)
    {
        if (_free.Count < KeptBlocks)
        {
            _free.Enqueue(block);
        }
    }

    protected override void Dispose(bool disposing) => _free.Clear();

    private sealed class Block(ReceiveMemoryPool pool, byte[] array) : IMemoryOwner<byte>
    {
        private byte[]? _array = array;

        // From a pinned array: pinning it again for each socket call costs nothing.
        public Memory<byte> Memory => MemoryMarshal.CreateFromPinnedArray(_array ?? throw new ObjectDisposedException(nameof(Block)), 0, _array.Length);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _array, null) is { } returned)
            {
                pool.Return(returned);
            }
        }
    }
}

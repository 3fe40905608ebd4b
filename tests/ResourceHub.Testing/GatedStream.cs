namespace ResourceHub.Testing;

/// <summary>
/// A request body that sends its first <paramref name="before"/> bytes, then waits for <see cref="Open"/>
/// (a stalled client), or with <paramref name="trickle"/> goes on sending a kilobyte every 200 ms (a slow one).
/// </summary>
public sealed class GatedStream(byte[] data, int before, bool trickle = false) : MemoryStream(data)
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _gate.TrySetResult();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var limit = Position < before ? before - (int)Position : buffer.Length;
        if (Position >= before && trickle && !_gate.Task.IsCompleted)
        {
            await Task.Delay(200, cancellationToken);
            limit = 1024;
        }
        else if (Position >= before)
        {
            await _gate.Task.WaitAsync(cancellationToken);
        }
        var array = new byte[Math.Min(buffer.Length, limit)];
        var n = base.Read(array, 0, array.Length);
        array.AsSpan(0, n).CopyTo(buffer.Span);
        await Task.Yield();
        return n;
    }
}

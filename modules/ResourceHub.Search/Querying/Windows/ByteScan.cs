using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ResourceHub.Search.Querying.Windows;

/// <summary>Vectorised scans over a byte per document: which of 64 documents hold a term, and the largest byte in a run.</summary>
internal static class ByteScan
{
    /// <summary>Bit i set where <c>bytes[first + i]</c> is not zero; bytes past the end count as zero.</summary>
    public static ulong NonZero(ReadOnlySpan<byte> bytes, int first)
    {
        if (first + 64 <= bytes.Length)
        {
            ref var start = ref Unsafe.Add(ref MemoryMarshal.GetReference(bytes), first);
            ulong low = Vector256.Equals(Vector256.LoadUnsafe(ref start), Vector256<byte>.Zero).ExtractMostSignificantBits();
            ulong high = Vector256.Equals(Vector256.LoadUnsafe(ref start, 32), Vector256<byte>.Zero).ExtractMostSignificantBits();
            return ~(low | high << 32);
        }
        var mask = 0UL;
        for (var i = 0; i < 64 && first + i < bytes.Length; i++)
        {
            if (bytes[first + i] != 0)
            {
                mask |= 1UL << i;
            }
        }
        return mask;
    }

    /// <summary>The largest byte of the run (0 for none).</summary>
    public static byte Max(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        byte max = 0;
        if (bytes.Length >= 32)
        {
            var lanes = Vector256<byte>.Zero;
            for (; i + 32 <= bytes.Length; i += 32)
            {
                lanes = Vector256.Max(lanes, Vector256.Create(bytes.Slice(i, 32)));
            }
            for (var lane = 0; lane < 32; lane++)
            {
                max = Math.Max(max, lanes[lane]);
            }
        }
        for (; i < bytes.Length; i++)
        {
            max = Math.Max(max, bytes[i]);
        }
        return max;
    }
}

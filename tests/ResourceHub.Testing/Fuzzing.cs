using CsCheck;

namespace ResourceHub.Testing;

/// <summary>Generated hostile bytes shared by the fuzz tests (CsCheck); CI runs <see cref="Iterations"/> of each.</summary>
public static class Fuzzing
{
    public const long Iterations = 10_000;

    /// <summary>A real file with up to 8 bytes replaced, or cut off at any point: what a parser meets in damaged or crafted uploads.</summary>
    public static Gen<byte[]> Mutations(byte[] seed) => Gen.OneOf(
        Gen.Select(Gen.Int[0, seed.Length - 1].Array[1, 8], Gen.Byte.Array[8], (at, values) =>
        {
            var copy = (byte[])seed.Clone();
            for (var i = 0; i < at.Length; i++)
            {
                copy[at[i]] = values[i];
            }
            return copy;
        }),
        Gen.Int[0, seed.Length].Select(length => seed[..length]));
}

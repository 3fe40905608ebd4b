using System.Text;
using CsCheck;
using ResourceHub.Core.Http;
using ResourceHub.Core.Storage;
using ResourceHub.Media.Endpoints;
using ResourceHub.Media.Processing;
using ResourceHub.Media.Services;
using Xunit;

namespace ResourceHub.Media.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing (CsCheck) of what reads untrusted bytes and headers before anything
/// else: whatever comes in, the answer is a verdict or a 4xx refusal, never an unhandled exception.
/// </summary>
public sealed class MediaFuzzTests
{
    private static readonly FileType[] Types = [.. FileTypes.ByExtension.Values];

    [Fact]
    public void FileSniffer_AnyBytesForAnyType_AcceptsOrRefusesWith415()
    {
        Gen.Select(Gen.Int[0, Types.Length - 1], FuzzInputs.Any).Sample((t, bytes) =>
        {
            var type = Types[t];
            try
            {
                FileSniffer.VerifyAsync(type, bytes.AsMemory(0, Math.Min(bytes.Length, FileSniffer.HeaderBytes)),
                    () => Task.FromResult<Stream?>(new MemoryStream(bytes)), CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (DomainException e) when (e.Status == 415)
            {
                // Refused as mislabelled: the expected answer to garbage.
            }
        }, iter: FuzzInputs.Iterations);
    }

    [Fact]
    public void ZipInspector_AnyBytes_GivesAVerdict()
    {
        FuzzInputs.Any.Sample(bytes =>
        {
            var verdict = ZipInspector.Problem(new MemoryStream(bytes), 10, 1 << 20);
            Assert.True(verdict is null || verdict.Length > 0);
        }, iter: FuzzInputs.Iterations);
        Assert.Null(ZipInspector.Problem(new MemoryStream(FuzzInputs.Zip), 10, 1 << 20));
    }

    [Fact]
    public void ImageHeader_AnyBytes_ReadsASizeOrNone()
    {
        var folder = Directory.CreateTempSubdirectory("rh-fuzz-image-").FullName;
        var path = Path.Combine(folder, "image");
        string[] contentTypes = ["image/png", "image/jpeg", "image/gif", "image/webp"];
        try
        {
            Gen.Select(Gen.Int[0, contentTypes.Length - 1], FuzzInputs.Any).Sample((c, bytes) =>
            {
                File.WriteAllBytes(path, bytes);
                if (ImageHeader.TryReadSize(path, contentTypes[c]) is var (width, height))
                {
                    Assert.True(width >= 0 && height >= 0);
                }
            }, iter: FuzzInputs.Iterations, threads: 1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Header text: ASCII, base64-ish, separators, control and non-ASCII characters.</summary>
    private static readonly Gen<string> HeaderText = Gen.String[
        Gen.OneOf(Gen.Char.AlphaNumeric, Gen.OneOf<char>(' ', ',', '=', '+', '/', '-', '\t', '中', '\0', '\u00e9', '\ud800')), 0, 200];

    [Fact]
    public void TusMetadata_AnyHeader_ParsesOrRefusesWith400()
    {
        var base64Pairs = Gen.Select(Gen.String.AlphaNumeric, Gen.String, (key, value) => $"{key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}")
            .Array[0, 6].Select(pairs => string.Join(",", pairs));
        Gen.OneOf(HeaderText, base64Pairs).Sample(header =>
        {
            try
            {
                var metadata = TusEndpoints.ParseMetadata(header);
                Assert.All(metadata.Keys, key => Assert.False(string.IsNullOrEmpty(key)));
            }
            catch (FieldException e)
            {
                Assert.Equal(400, e.Status);
            }
        }, iter: FuzzInputs.Iterations);
    }
}

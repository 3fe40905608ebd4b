using System.Net;
using System.Text;
using CsCheck;
using ResourceHub.Media.Tests.Support;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Media.Tests.Fuzz;

/// <summary>tus requests with generated headers against the real site: every answer is below 500.</summary>
public sealed class TusHeaderFuzzTests(MediaSqliteSite site) : IClassFixture<MediaSqliteSite>
{
    private static readonly Gen<string?> Number = Gen.OneOf(
        Gen.Const((string?)null), Gen.Long.Select(n => (string?)n.ToString()), Gen.String.AlphaNumeric.Select(s => (string?)s),
        Gen.OneOf<string?>("-1", "0", "1e9", " 12 ", "99999999999999999999999", "0x10", "1,2"));

    private static readonly Gen<string?> Text = Gen.OneOf(Gen.Const((string?)null), Gen.String[Gen.Char['\u0020', '\u007e'], 0, 120].Select(s => (string?)s));

    [Fact]
    public async Task Create_AnyHeaders_NeverAnswers5xx()
    {
        var api = await MediaApi.TeacherAsync(site);
        var package = Convert.ToBase64String(Encoding.UTF8.GetBytes(api.PackageId.ToString()));
        var metadata = Gen.OneOf(Text, Gen.Select(Text, Text, (name, kind) => (string?)$"filename {B64(name)},packageId {package},kind {B64(kind)}"));
        var version = Gen.OneOf(Gen.Const<string?>("1.0.0"), Text);
        var failures = new List<string>();
        await Gen.Select(version, Number, metadata).SampleAsync(async input =>
        {
            var (tus, length, meta) = input;
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/uploads");
            Add(request, "Tus-Resumable", tus);
            Add(request, "Upload-Length", length);
            Add(request, "Upload-Metadata", meta);
            var response = await api.Api.Http.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                lock (failures)
                {
                    failures.Add($"{(int)response.StatusCode} for Tus-Resumable={tus} Upload-Length={length} Upload-Metadata={meta}");
                }
            }
            if (response.StatusCode == HttpStatusCode.Created)
            {
                await api.Api.Http.DeleteAsync(response.Headers.Location);
            }
        }, iter: FuzzInputs.Iterations);
        Assert.Empty(failures);
    }

    private static void Add(HttpRequestMessage request, string name, string? value)
    {
        if (value is not null)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }

    private static string B64(string? value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value ?? ""));
}

using CsCheck;
using ResourceHub.Core.Http;
using ResourceHub.Reform.Services;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Reform.Tests.Fuzz;

/// <summary>
/// The Excel reader behind every import, fed 10,000 generated workbooks: real ones with bytes
/// replaced or cut off, and noise. Each gives rows, row errors, or a 413; nothing escapes.
/// </summary>
public sealed class SheetReaderFuzzTests
{
    private static readonly byte[] Seed = Api.Reform.Sheet(["王老师", "包头技师学院", "数控车削", 8, "2024-01-02", "包头实训基地"], ["李老师", "包头技师学院", "焊接", 4.5, "2024-02-03", "基地"]);

    private static readonly Gen<byte[]> Workbooks = Gen.OneOf(
        Fuzzing.Mutations(Seed),
        Gen.Byte.Array[0, 4096]);

    [Fact]
    public void Read_AnyWorkbookBytes_GivesRowsErrorsOr413()
    {
        var limits = new SheetLimits { MaxRows = 100 };
        Workbooks.Sample(bytes =>
        {
            try
            {
                var (rows, errors) = TrainingSheet.Read(new MemoryStream(bytes), limits, _ => (Guid.NewGuid(), null));
                Assert.True(rows.Count + errors.Count >= 0);
            }
            catch (DomainException e) when (e.Status == 413)
            {
                // Refused as too large: an answer, not a failure.
            }
        }, iter: Fuzzing.Iterations);
    }
}

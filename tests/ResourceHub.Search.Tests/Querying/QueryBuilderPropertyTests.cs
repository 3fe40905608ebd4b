using CsCheck;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using ResourceHub.Search.Analysis;
using ResourceHub.Search.Indexing;
using ResourceHub.Search.Querying;
using Xunit;

namespace ResourceHub.Search.Tests.Querying;

/// <summary>Whatever is typed, the query builds and runs, and its snippet is well formed.</summary>
public sealed class QueryBuilderPropertyTests
{
    private static readonly ChineseAnalyzer Analyzer = new();

    /// <summary>Characters users and attackers type: Han, Latin, digits, quotes, Lucene syntax, emoji, spaces.</summary>
    private static readonly Gen<char> Typed = Gen.OneOf(
        Gen.Char['\u4e00', '\u9fa5'],
        Gen.Char.AlphaNumeric,
        Gen.OneOf<char>('"', '“', '”', '-', '+', '*', '?', '~', '^', ':', '\\', '/', '(', ')', '[', ']', '{', '}', '!', '&', '|', ' ', '　', '\t', '\n', 'Ｇ', '\ud83d', '\ude00'),
        Gen.Char);

    private static readonly Gen<string> Inputs = Gen.OneOf(
        Gen.String[Typed, 0, 60],
        Gen.String[Typed, 0, 12_000],
        Gen.String);

    [Fact]
    public void Build_AnyInput_GivesARunnableQuery()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ChineseAnalyzer.Version, Analyzer)))
        {
            writer.AddDocument([new Lucene.Net.Documents.TextField(SearchFields.All, "数控车床 G71 减速机异响 焊接", Lucene.Net.Documents.Field.Store.NO)]);
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        Inputs.Sample(input =>
        {
            var built = QueryBuilder.Build(UserQuery.Parse(input), Analyzer);
            searcher.Search(built.Query, 10);
        }, iter: 300);
    }

    /// <summary>The parser fuzzed at CI's 10,000 cases: within its caps, every part is non-empty text.</summary>
    [Fact]
    public void Parse_TenThousandTypedInputs_StaysWithinItsCaps()
    {
        Gen.OneOf(Gen.String[Typed, 0, 300], Gen.String).Sample(input =>
        {
            var query = UserQuery.Parse(input);
            Assert.InRange(query.Parts.Count, 0, UserQuery.MaxParts);
            Assert.All(query.Parts, part => Assert.False(string.IsNullOrWhiteSpace(part.Text)));
            Assert.NotNull(QueryBuilder.Build(query, Analyzer).Query);
        }, iter: ResourceHub.Testing.Fuzzing.Iterations);
    }

    [Fact]
    public void Make_AnyTextAndQuery_EscapesEverythingButMarks()
    {
        var snippets = new SnippetMaker(Analyzer);
        Gen.Select(Inputs, Gen.String[Typed, 0, 400]).Sample((input, text) =>
        {
            var built = QueryBuilder.Build(UserQuery.Parse(input), Analyzer);
            var snippet = snippets.Make(text, built.Highlights) ?? snippets.Lede(text);
            var bare = snippet.Replace("<mark>", "").Replace("</mark>", "");
            Assert.DoesNotContain('<', bare);
            Assert.DoesNotContain('>', bare);
        }, iter: 300);
    }
}

using ResourceHub.Search.Querying;
using Xunit;

namespace ResourceHub.Search.Tests.Querying;

public sealed class UserQueryTests
{
    [Fact]
    public void Parse_Words_AreRequiredParts()
    {
        var query = UserQuery.Parse("  数控车床   G71 ");

        Assert.Equal([new UserQuery.Part("数控车床", false, false), new UserQuery.Part("G71", false, false)], query.Parts);
    }

    [Fact]
    public void Parse_QuotedText_IsAPhrase()
    {
        var query = UserQuery.Parse("\"减速机 异响\" 轴承");

        Assert.Equal(new UserQuery.Part("减速机 异响", true, false), query.Parts[0]);
        Assert.Equal(new UserQuery.Part("轴承", false, false), query.Parts[1]);
    }

    [Fact]
    public void Parse_ChineseQuotes_AreQuotesToo()
    {
        Assert.True(UserQuery.Parse("“减速机异响”").Parts.Single().IsPhrase);
    }

    [Fact]
    public void Parse_LeadingMinus_Excludes()
    {
        var query = UserQuery.Parse("焊接 -氩弧 -\"气体 保护\"");

        Assert.Equal(new UserQuery.Part("氩弧", false, true), query.Parts[1]);
        Assert.Equal(new UserQuery.Part("气体 保护", true, true), query.Parts[2]);
    }

    [Fact]
    public void Parse_UnbalancedQuote_RunsToTheEnd()
    {
        Assert.Equal(new UserQuery.Part("数控 车床", true, false), UserQuery.Parse("\"数控 车床").Parts.Single());
    }

    [Theory]
    [InlineData("AND OR NOT")]
    [InlineData("&& ||")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("-")]
    public void Parse_OnlyOperatorsOrNothing_IsEmpty(string input)
    {
        Assert.True(UserQuery.Parse(input).Parts.All(p => p.Text is "-") || UserQuery.Parse(input).IsEmpty);
    }

    [Fact]
    public void Parse_VeryLongInput_IsCutWithoutSplittingASurrogatePair()
    {
        var input = new string('焊', UserQuery.MaxLength - 1) + "🔥" + new string('x', 10_000);

        var text = string.Concat(UserQuery.Parse(input).Parts.Select(p => p.Text));

        Assert.True(text.Length <= UserQuery.MaxLength);
        Assert.False(char.IsHighSurrogate(text[^1]));
    }
}

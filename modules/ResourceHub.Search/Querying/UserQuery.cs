using System.Text;

namespace ResourceHub.Search.Querying;

/// <summary>
/// What a user typed, read as a search box should: words (all required), "quoted phrases",
/// and -excluded words or phrases. Nothing is Lucene syntax; every input parses.
/// </summary>
public sealed record UserQuery(IReadOnlyList<UserQuery.Part> Parts)
{
    /// <summary>Longer input is cut here: nobody types more, and it bounds the query's size.</summary>
    public const int MaxLength = 200;

    public const int MaxParts = 16;

    public sealed record Part(string Text, bool IsPhrase, bool IsExcluded);

    public bool IsEmpty => Parts.Count == 0;

    public static UserQuery Parse(string? input)
    {
        var parts = new List<Part>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return new UserQuery(parts);
        }
        var text = Truncate(input);
        var i = 0;
        while (i < text.Length && parts.Count < MaxParts)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
            {
                i++;
            }
            if (text[i] is '"' or '“' or '”')
            {
                var end = IndexOfQuote(text, i + 1);
                Add(parts, text[(i + 1)..end], isPhrase: true, excluded);
                i = Math.Min(text.Length, end + 1);
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '“' or '”'))
            {
                i++;
            }
            var word = text[start..i];
            if (!excluded && word is "AND" or "OR" or "NOT" or "&&" or "||")
            {
                continue;
            }
            Add(parts, word, isPhrase: false, excluded);
        }
        return new UserQuery(parts);
    }

    private static void Add(List<Part> parts, string text, bool isPhrase, bool excluded)
    {
        text = text.Trim();
        if (text.Length > 0)
        {
            parts.Add(new Part(text, isPhrase, excluded));
        }
    }

    /// <summary>An unclosed quote runs to the end of the input.</summary>
    private static int IndexOfQuote(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is '"' or '“' or '”')
            {
                return i;
            }
        }
        return text.Length;
    }

    /// <summary>Cuts at <see cref="MaxLength"/> without splitting a surrogate pair.</summary>
    private static string Truncate(string input)
    {
        if (input.Length <= MaxLength)
        {
            return input;
        }
        var cut = char.IsHighSurrogate(input[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return new StringBuilder(input, 0, cut, cut).ToString();
    }
}

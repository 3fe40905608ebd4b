using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ResourceHub.Search.Analysis;

/// <summary>
/// Lower-cases terms as Lucene's LowerCaseFilter does (invariant, per code point), but asks the
/// case tables only for letters that have case: that filter sends every character, each Han
/// character included, through the culture's case mapping, which was the largest single cost of
/// indexing Chinese text (see docs/benchmarks.md).
/// </summary>
public sealed class FastLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public FastLowerCaseFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c < 0x80)
            {
                buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < length && char.IsLowSurrogate(buffer[i + 1]))
            {
                // Case in the supplementary planes (Deseret, Adlam…) keeps its length in UTF-16.
                var lower = Rune.ToLowerInvariant(new Rune(c, buffer[i + 1]));
                lower.EncodeToUtf16(buffer.AsSpan(i, 2));
                i++;
            }
            else if (!char.IsSurrogate(c) && HasLowerCase(c))
            {
                buffer[i] = char.ToLowerInvariant(c);
            }
        }
        return true;
    }

    /// <summary>Capitals, title-case letters, letter numerals (Ⅻ) and circled capitals (Ⓐ): what has a lower-case form.</summary>
    private static bool HasLowerCase(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.LetterNumber
        || c is >= '\u24B6' and <= '\u24CF';
}

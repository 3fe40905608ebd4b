using Lucene.Net.Analysis.CharFilters;
using ResourceHub.Core.Content;

namespace ResourceHub.Search.Analysis;

/// <summary>
/// Feeds the tokenizer <see cref="UnicodeText.Normalize(string?)"/>'s text (NFKC, Kangxi and
/// supplement radicals folded), so the index, the query and the snippets all see 工 where a PDF
/// wrote ⼯. Offsets are corrected back to the original text, so snippet marks still land on the
/// characters the stored text holds.
/// </summary>
public sealed class NormalizingCharFilter(TextReader input) : BaseCharFilter(input)
{
    private string? _text;
    private int _at;

    /// <summary>The whole normalised text (read once); <see cref="HanRunTokenizer"/> takes it as it is.</summary>
    internal string Text => _text ??= UnicodeText.Normalize(m_input.ReadToEnd(), Seam);

    /// <summary>
    /// Every offset inside and at the end of a piece whose length changed maps to the end of the
    /// original piece (㍿ became 株式会社: each of the four ends where ㍿ ends), so offsets never run backwards.
    /// </summary>
    private void Seam(int outputStart, int outputEnd, int inputEnd)
    {
        for (var o = Math.Min(outputStart + 1, outputEnd); o <= outputEnd; o++)
        {
            AddOffCorrectMap(o, inputEnd - o);
        }
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var text = Text;
        var n = Math.Min(count, text.Length - _at);
        if (n <= 0)
        {
            return 0;
        }
        text.CopyTo(_at, buffer, index, n);
        _at += n;
        return n;
    }

    public override int Read() => _at < Text.Length ? Text[_at++] : -1;
}

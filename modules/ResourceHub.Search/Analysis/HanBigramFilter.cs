using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace ResourceHub.Search.Analysis;

/// <summary>
/// Every Han (and kana, hangul) character as a unigram, and every two adjacent ones as a bigram
/// at the first one's position: the tokens Lucene's CJKBigramFilter gives with unigrams on, in
/// the same order, types and offsets (a property test holds the two side by side). That filter
/// holds back each run's last character and saves the whole attribute state to look ahead,
/// which made it the largest cost of indexing Chinese prose; this one emits a unigram as soon as
/// it is read and only looks ahead for the bigram, so a token that ends a run passes through as
/// it came, with nothing saved or restored.
/// </summary>
public sealed class HanBigramFilter : TokenFilter
{
    private static readonly string[] RunTypes =
    [
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC], StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA], StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL],
    ];

    /// <summary>A long run is cut back to its last character once this many are held.</summary>
    private const int Compact = 64;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;

    // The current run of adjacent characters: code points and their offsets.
    private int[] _chars = new int[Compact * 2];
    private int[] _starts = new int[Compact * 2];
    private int[] _ends = new int[Compact * 2];
    private int _held;
    /// <summary>The next character whose unigram is due.</summary>
    private int _next;
    /// <summary>The character whose bigram with its successor is due, or -1.</summary>
    private int _bigram = -1;
    private int _lastEnd;

    public HanBigramFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
    }

    public override bool IncrementToken()
    {
        while (true)
        {
            if (_bigram >= 0 && _bigram + 1 < _held)
            {
                Emit(_bigram, 2, ChineseAnalyzer.BigramType);
                _bigram = -1;
                return true;
            }
            if (_next < _held)
            {
                Emit(_next, 1, ChineseAnalyzer.UnigramType);
                _bigram = _next++;
                return true;
            }
            if (!m_input.IncrementToken())
            {
                return false;
            }
            if (Array.IndexOf(RunTypes, _type.Type) < 0)
            {
                // Not a character run (a Latin word, a number, a code): it ends the run and passes as it is.
                EndRun();
                return true;
            }
            if (_offset.StartOffset != _lastEnd)
            {
                EndRun(); // punctuation or space between: no bigram across it
            }
            Hold();
        }
    }

    private void EndRun()
    {
        _held = 0;
        _next = 0;
        _bigram = -1;
    }

    /// <summary>Adds this token's characters to the run; offsets a char filter changed are kept whole for each.</summary>
    private void Hold()
    {
        if (_held > Compact && _next == _held)
        {
            // Only the last character can still pair with what comes.
            _chars[0] = _chars[_held - 1];
            _starts[0] = _starts[_held - 1];
            _ends[0] = _ends[_held - 1];
            _bigram = _bigram >= 0 ? 0 : -1;
            _held = _next = 1;
        }
        var text = _term.Buffer.AsSpan(0, _term.Length);
        var start = _offset.StartOffset;
        var end = _offset.EndOffset;
        var exact = end - start == text.Length;
        Grow(_held + text.Length);
        for (var i = 0; i < text.Length;)
        {
            var code = CodePointAt(text, i, out var width);
            _chars[_held] = code;
            _starts[_held] = exact ? start + i : start;
            _ends[_held] = exact ? start + i + width : end;
            _held++;
            i += width;
        }
        _lastEnd = end;
    }

    private void Emit(int at, int count, string type)
    {
        ClearAttributes();
        var buffer = _term.ResizeBuffer(4);
        var length = 0;
        for (var i = at; i < at + count; i++)
        {
            if (_chars[i] is >= 0xD800 and <= 0xDFFF)
            {
                buffer[length++] = (char)_chars[i]; // a lone surrogate stays as it came
            }
            else
            {
                length += new System.Text.Rune(_chars[i]).EncodeToUtf16(buffer.AsSpan(length));
            }
        }
        _term.Length = length;
        _offset.SetOffset(_starts[at], _ends[at + count - 1]);
        _type.Type = type;
        if (count == 2)
        {
            _increment.PositionIncrement = 0;
            _length.PositionLength = 2;
        }
    }

    /// <summary>The code point at <paramref name="i"/>; a lone surrogate is taken as itself, as Lucene does.</summary>
    private static int CodePointAt(ReadOnlySpan<char> text, int i, out int width)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(text[i], text[i + 1]);
        }
        width = 1;
        return text[i];
    }

    private void Grow(int size)
    {
        if (size > _chars.Length)
        {
            Array.Resize(ref _chars, size * 2);
            Array.Resize(ref _starts, size * 2);
            Array.Resize(ref _ends, size * 2);
        }
    }

    public override void Reset()
    {
        base.Reset();
        EndRun();
        _lastEnd = 0;
    }
}

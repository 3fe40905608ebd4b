using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ResourceHub.Search.Analysis;

/// <summary>
/// The word chain (<see cref="ChineseAnalyzer.WordChain"/>: StandardTokenizer, width, case and
/// bigram filters) with its commonest case done in one step: a run of common Han ideographs
/// between plain breaks (ASCII, CJK punctuation, the ends of the text) gives its unigrams and
/// bigrams straight from the text, where the chain passed every character through the JFlex
/// scanner and three filters as a token of its own (a third of the analysis cost of Chinese prose).
/// Everything else (Latin words, numbers, kana, hangul, surrogates, a character with a combining
/// mark) is handed to the word chain as it is, piece by piece. The tokens are exactly the chain's:
/// a property test compares the two on random text.
/// </summary>
public sealed partial class HanRunTokenizer : Tokenizer
{
    /// <summary>A shorter run goes through the word chain (a run of two emits at least its bigram).</summary>
    private const int MinRun = 2;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;
    private readonly WordPiece _piece;

    private string _text = "";
    /// <summary>Where the next piece starts.</summary>
    private int _at;
    // The Han run being emitted: its characters, and the token slots left (even: unigram, odd: bigram).
    private int _runStart;
    private int _runEnd;
    private int _slot;
    private int _slotEnd;
    private bool _inRun;
    private bool _inPiece;
    /// <summary>Positions the word chain skipped (over-long words) after the last token: End reports them.</summary>
    private int _endIncrement;

    public HanRunTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
        _piece = new WordPiece(this);
    }

    /// <summary>Common ideographs (CJK Unified Ideographs and Extension A as Lucene's scanner knows them): one token each.</summary>
    internal static bool IsRunHan(char c) => c is >= '\u4e00' and <= '\u9fcc' or >= '\u3400' and <= '\u4db5';

    /// <summary>
    /// Characters that never join a token with a Han character beside them: not a combining mark or
    /// format character (those join the character before), not kana or hangul (those pair with Han).
    /// ASCII, CJK and general punctuation, and the full-width punctuation the text keeps (，：；！？).
    /// </summary>
    internal static bool IsBreak(char c) => c < '\u0080' || c is >= '\u3000' and <= '\u3004' or >= '\u3008' and <= '\u3011'
        or >= '\u3014' and <= '\u301f' or >= '\u2010' and <= '\u2027'
        || c is >= '\uff01' and <= '\uff60' && !(c is >= '\uff10' and <= '\uff19' or >= '\uff21' and <= '\uff3a' or >= '\uff41' and <= '\uff5a');

    public override bool IncrementToken()
    {
        while (true)
        {
            if (_inRun)
            {
                if (_slot < _slotEnd)
                {
                    EmitRunToken();
                    return true;
                }
                _inRun = false;
            }
            if (_inPiece)
            {
                if (_piece.Next())
                {
                    _endIncrement = 0;
                    return true;
                }
                _endIncrement = _piece.Finish();
                _inPiece = false;
                if (_runEnd > _runStart)
                {
                    _inRun = true;
                    continue;
                }
            }
            if (_at >= _text.Length)
            {
                return false;
            }
            Plan();
        }
    }

    /// <summary>
    /// From <see cref="_at"/>: the word-chain piece up to the next usable Han run, then that run.
    /// A run next to something that is not a plain break shares its edge character with the piece
    /// there: the piece gives that character's unigram (and whatever pairs it with its neighbour),
    /// the run gives the bigram into the run. At the tail the last character goes to the piece too.
    /// </summary>
    private void Plan()
    {
        var text = _text;
        for (var a = _at; a < text.Length; a++)
        {
            if (!IsRunHan(text[a]))
            {
                continue;
            }
            var b = a + 1;
            while (b < text.Length && IsRunHan(text[b]))
            {
                b++;
            }
            var runEnd = b;
            var leadShared = !(a == 0 || IsBreak(text[a - 1]) && Corrected(a - 1) < Corrected(a));
            var tailShared = !(b == text.Length || IsBreak(text[b]) && Corrected(b) < Corrected(b + 1));
            if (tailShared)
            {
                // The last character's token may hold what follows (a combining mark), which sets the
                // end of its bigram with the one before: both go to the piece after, the run keeps
                // the bigram into the one before the last.
                b--;
            }
            if (b - a >= MinRun)
            {
                StartRun(a, b, leadShared, tailShared);
                var pieceEnd = leadShared ? a + 1 : a;
                StartPiece(_at, pieceEnd);
                _at = tailShared ? b - 1 : b;
                return;
            }
            a = runEnd - 1;
        }
        _runStart = _runEnd = 0;
        StartPiece(_at, text.Length);
        _at = text.Length;
    }

    private void StartRun(int start, int end, bool leadShared, bool tailShared)
    {
        _runStart = start;
        _runEnd = end;
        _slot = leadShared ? 1 : 0;
        _slotEnd = 2 * (end - start) - (tailShared ? 2 : 1);
        _inRun = true;
    }

    /// <summary>Sends text[start..end) through the word chain, unless it holds nothing that makes a token.</summary>
    private void StartPiece(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            if (!IsBreak(c) || char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                _inRun = false; // the piece first, then the run
                _piece.Start(_text, start, end);
                _inPiece = true;
                return;
            }
        }
    }

    private void EmitRunToken()
    {
        var i = _runStart + (_slot >> 1);
        var bigram = (_slot & 1) == 1;
        _slot++;
        var buffer = _term.ResizeBuffer(2);
        buffer[0] = _text[i];
        if (bigram)
        {
            buffer[1] = _text[i + 1];
        }
        _term.Length = bigram ? 2 : 1;
        _offset.SetOffset(Corrected(i), Corrected(bigram ? i + 2 : i + 1));
        _type.Type = bigram ? ChineseAnalyzer.BigramType : ChineseAnalyzer.UnigramType;
        _increment.PositionIncrement = bigram ? 0 : 1;
        _length.PositionLength = bigram ? 2 : 1;
        _endIncrement = 0;
    }

    /// <summary>An offset in the normalised text as an offset in the original one.</summary>
    private int Corrected(int offset) => CorrectOffset(offset);

    public override void Reset()
    {
        base.Reset();
        _text = m_input is NormalizingCharFilter normalizing ? normalizing.Text : m_input.ReadToEnd();
        _at = 0;
        _inRun = false;
        _runStart = _runEnd = 0;
        _endIncrement = 0;
        if (_inPiece)
        {
            _piece.Finish();
            _inPiece = false;
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
        _increment.PositionIncrement = _endIncrement;
    }
}

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace ResourceHub.Search.Analysis;

public sealed partial class HanRunTokenizer
{
    /// <summary>
    /// The word chain over one piece of the text, reused piece after piece. It reads the piece as a
    /// char filter whose offsets are the owner's corrected ones, so the bigram filter in the chain
    /// sees the same offsets it saw over the whole text.
    /// </summary>
    private sealed class WordPiece : CharFilter
    {
        private readonly HanRunTokenizer _owner;
        private readonly TokenStream _chain;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly ITypeAttribute _type;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IPositionLengthAttribute _length;
        private readonly Tokenizer _tokenizer;
        private string _text = "";
        private int _start;
        private int _end;
        private int _at;

        public WordPiece(HanRunTokenizer owner) : base(TextReader.Null)
        {
            _owner = owner;
            _tokenizer = new StandardTokenizer(ChineseAnalyzer.Version, this);
            _chain = ChineseAnalyzer.WordChain(_tokenizer);
            _term = _chain.AddAttribute<ICharTermAttribute>();
            _offset = _chain.AddAttribute<IOffsetAttribute>();
            _type = _chain.AddAttribute<ITypeAttribute>();
            _increment = _chain.AddAttribute<IPositionIncrementAttribute>();
            _length = _chain.AddAttribute<IPositionLengthAttribute>();
        }

        public void Start(string text, int start, int end)
        {
            _text = text;
            _start = _at = start;
            _end = end;
            _tokenizer.SetReader(this);
            _chain.Reset();
        }

        /// <summary>The chain's next token, copied into the owner's attributes.</summary>
        public bool Next()
        {
            if (!_chain.IncrementToken())
            {
                return false;
            }
            _owner._term.CopyBuffer(_term.Buffer, 0, _term.Length);
            _owner._offset.SetOffset(_offset.StartOffset, _offset.EndOffset);
            _owner._type.Type = _type.Type;
            _owner._increment.PositionIncrement = _increment.PositionIncrement;
            _owner._length.PositionLength = _length.PositionLength;
            return true;
        }

        /// <summary>Ends and closes the chain (so it takes the next piece); the positions it skipped at the end.</summary>
        public int Finish()
        {
            _chain.End();
            var skipped = _increment.PositionIncrement;
            _chain.Dispose();
            return skipped;
        }

        protected override int Correct(int currentOff) => _owner.Corrected(_start + currentOff);

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, _end - _at);
            if (n <= 0)
            {
                return 0;
            }
            _text.CopyTo(_at, buffer, index, n);
            _at += n;
            return n;
        }

        public override int Read() => _at < _end ? _text[_at++] : -1;

        // Closing the chain closes its reader: this one is the piece itself and stays usable.
        protected override void Dispose(bool disposing)
        {
        }
    }
}

using System.Globalization;
using System.Text;

namespace ResourceHub.Core.Content;

/// <summary>
/// Text as a reader sees it, whatever code points a PDF's ToUnicode map chose. Browsers and some
/// office tools print PDFs whose glyphs map to Kangxi radicals (⼯⽤⼒ for 工用力) or to the CJK
/// Radicals Supplement (⻓⻔ for 长门): the page shows 压力表 while the text layer holds other
/// characters. NFKC folds full-width forms, ligatures and the Kangxi radicals (U+2F00–U+2FD5);
/// the supplement (U+2E80–U+2EF3) has no compatibility mapping, so a table folds it to the
/// unified ideographs (Unicode's EquivalentUnifiedIdeograph data, gaps filled by the radical's
/// own ideograph). Extracted text, queries and the search index all pass through here, so
/// what a reader sees is what finds it.
/// </summary>
public static class UnicodeText
{
    private const char SupplementFirst = '\u2E80';
    private const char SupplementLast = '\u2EF3';

    /// <summary>NFKC plus the supplement folding; null gives "".</summary>
    public static string Normalize(string? text) => Normalize(text, null);

    /// <summary>
    /// As <see cref="Normalize(string?)"/>; <paramref name="seam"/> is told (output start, output end,
    /// input end) of every piece whose length changed, enough to map offsets in the result back to the input.
    /// </summary>
    public static string Normalize(string? text, Action<int, int, int>? seam)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        if (IsNormal(text))
        {
            return text;
        }
        var output = new StringBuilder(text.Length);
        var changed = false;
        var at = 0;
        while (at < text.Length)
        {
            var c = text[at];
            // Most characters stand alone and are stable (ASCII, the unified ideographs): no cluster to find.
            if (c < 0x80 || (c is >= '\u4E00' and <= '\u9FFF' && (at + 1 == text.Length || text[at + 1] < 0x300)))
            {
                output.Append(c);
                at++;
                continue;
            }
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(at));
            var piece = text.Substring(at, length);
            var folded = Fold(piece);
            var start = output.Length;
            output.Append(folded);
            at += length;
            changed |= !ReferenceEquals(folded, piece);
            if (folded.Length != piece.Length)
            {
                seam?.Invoke(start, output.Length, at);
            }
        }
        return changed ? output.ToString() : text;
    }

    /// <summary>One grapheme cluster: NFKC (a lone surrogate stays as it is), then the supplement table.</summary>
    private static string Fold(string piece)
    {
        if (IsFullWidthPunctuation(piece))
        {
            return piece;
        }
        string normal;
        try
        {
            normal = piece.IsNormalized(NormalizationForm.FormKC) ? piece : piece.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            normal = piece;
        }
        if (!normal.AsSpan().ContainsAnyInRange(SupplementFirst, SupplementLast))
        {
            return normal == piece ? piece : normal;
        }
        var chars = normal.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= SupplementFirst and <= SupplementLast && Supplement[chars[i] - SupplementFirst] is var to && to != 0)
            {
                chars[i] = to;
            }
        }
        return new string(chars);
    }

    /// <summary>
    /// ，：；（）！？ are how Chinese is written and carry no search terms; NFKC would make them ASCII
    /// in the text people read. Full-width letters and digits are folded (Ｇ７１ finds G71).
    /// </summary>
    /// <summary>
    /// Characters that stand alone and that <see cref="Normalize(string?)"/> keeps as they are:
    /// ASCII, the unified ideographs, the full-width punctuation it keeps, and 、。〈〉《》「」『』【】
    /// (no combining marks among them, so no character here joins its neighbour).
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> StableChars = System.Buffers.SearchValues.Create(BuildStable());

    private static string BuildStable()
    {
        var chars = new StringBuilder();
        for (var c = '\u0000'; c < '\u0080'; c++)
        {
            chars.Append(c);
        }
        for (var c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            chars.Append(c);
        }
        for (var c = '\uFF01'; c <= '\uFF60'; c++)
        {
            if (!char.IsLetterOrDigit(c))
            {
                chars.Append(c);
            }
        }
        return chars.Append("、。〈〉《》「」『』【】").ToString();
    }

    private static bool IsFullWidthPunctuation(string piece) =>
        piece is [>= '\uFF01' and <= '\uFF60' and var c] && !char.IsLetterOrDigit(c);

    private static bool IsNormal(string text)
    {
        // Chinese prose is ASCII, unified ideographs and full-width punctuation: all stable, and
        // checked here without ICU (whose NFKC check fails on the punctuation kept as it is).
        if (text.AsSpan().IndexOfAnyExcept(StableChars) < 0)
        {
            return true;
        }
        if (text.AsSpan().ContainsAnyInRange(SupplementFirst, SupplementLast))
        {
            return false;
        }
        try
        {
            return text.IsNormalized(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return false; // a lone surrogate: the slow path keeps it and normalises the rest
        }
    }

    private static char[] BuildSupplement()
    {
        var table = new char[SupplementLast - SupplementFirst + 1];
        foreach (var pair in string.Join(' ', SupplementPairs).Split(' '))
        {
            table[Convert.ToInt32(pair[..4], 16) - SupplementFirst] = (char)Convert.ToInt32(pair[4..], 16);
        }
        return table;
    }

    /// <summary>Radical code point (4 hex digits) followed by its ideograph's.</summary>
    private static readonly string[] SupplementPairs =
    [
        "2E8051AB 2E815382 2E824E5B 2E834E5A 2E844E59 2E854EBB 2E865182 2E8751E0 2E885200 2E895202",
        "2E8A535C 2E8B353E 2E8C5C0F 2E8D5C0F 2E8E5140 2E8F5C23 2E905C22 2E915C23 2E925DF3 2E935E7A",
        "2E945F51 2E955F50 2E965FC4 2E9738FA 2E98624C 2E996535 2E9B65E1 2E9C65E5 2E9D6708 2E9E6B7A",
        "2E9F6BCD 2EA06C11 2EA16C35 2EA26C3A 2EA3706C 2EA4722B 2EA5722B 2EA64E2C 2EA7725B 2EA872AD",
        "2EA9738B 2EAA758B 2EAB7F52 2EAC793A 2EAD793B 2EAE7AF9 2EAF7CF9 2EB07E9F 2EB17F53 2EB27F52",
        "2EB334C1 2EB434C1 2EB57F51 2EB67F8A 2EB77F8A 2EB87F8B 2EB98002 2EBA8080 2EBB807F 2EBC6708",
        "2EBD81FC 2EBE8279 2EBF8279 2EC08279 2EC1864E 2EC28864 2EC38980 2EC4897F 2EC589C1 2EC689D2",
        "2EC789D2 2EC88BA0 2EC98D1D 2ECA8DB3 2ECB8F66 2ECC8FB6 2ECD8FB6 2ECE8FB6 2ECF961D 2ED09485",
        "2ED19577 2ED29578 2ED3957F 2ED495E8 2ED5961C 2ED6961D 2ED796E8 2ED89752 2ED997E6 2EDA9875",
        "2EDB98CE 2EDC98DE 2EDD98DF 2EDE98DF 2EDF98E0 2EE09963 2EE19996 2EE29A6C 2EE39AA8 2EE49B3C",
        "2EE59C7C 2EE69E1F 2EE75364 2EE89EA6 2EE99EC4 2EEA9EFE 2EEB6589 2EEC9F50 2EED6B6F 2EEE9F7F",
        "2EEF7ADC 2EF09F99 2EF19F9C 2EF24E80 2EF39F9F",
    ];

    /// <summary>U+2E80 + i → its unified ideograph (0: none, U+2E9A is unassigned).</summary>
    private static readonly char[] Supplement = BuildSupplement();
}

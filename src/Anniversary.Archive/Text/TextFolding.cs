using System.Globalization;
using System.Text;

namespace Anniversary.Archive.Text;

/// <summary>
/// The one folding function used wherever text is compared rather than shown: slugs, name and
/// place matching, indexing, querying and highlighting. Display always uses the text as published.
/// </summary>
public static class TextFolding
{
    // Folding is per character, so a folded text maps back to the published one for highlighting.
    private static readonly string?[] Cache = new string?[char.MaxValue + 1];

    private static readonly System.Buffers.SearchValues<char> FoldedAscii =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 0x80).Select(c => (char)c).Where(c => c is not (>= 'A' and <= 'Z')).ToArray());

    /// <summary>
    /// Folds case and diacritics: each character decomposed (NFD), its combining marks removed,
    /// lower-cased, and đ/Đ made d (Unicode decomposition keeps them), so both Vietnamese tone
    /// placements ("hoà"/"hòa") meet. Lone surrogates, which no text should hold, become spaces.
    /// </summary>
    public static string Fold(string text) => FoldWithMap(text, null);

    /// <summary>Folds, and gives for each folded character the index of the published character it came from.</summary>
    public static (string Folded, int[] SourceIndex) FoldWithSourceIndex(string text)
    {
        var map = new List<int>(text.Length + 1);
        var folded = FoldWithMap(text, map);
        map.Add(text.Length);
        return (folded, map.ToArray());
    }

    private static string FoldWithMap(string text, List<int>? map)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most words of agency copy are already folded: they are returned as they are, unallocated;
        // most others are ASCII, where folding is lower-casing A-Z.
        if (map is null && !text.AsSpan().ContainsAnyExcept(FoldedAscii))
        {
            return text;
        }

        if (map is null && Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        // One builder per thread, not one per call: folding runs for nearly every word read.
        var folded = _builder ??= new StringBuilder(256);
        folded.Clear();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                folded.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
                map?.Add(i);
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                Append(folded, map, FoldPiece(text.Substring(i, 2)), i);
                i++;
                continue;
            }

            var piece = char.IsSurrogate(c) || IsNoncharacter(c) ? " " : Cache[c] ??= FoldPiece(c.ToString());
            Append(folded, map, piece, i);
        }

        var result = folded.ToString();
        if (folded.Capacity > 4096)
        {
            _builder = null;
        }

        return result;
    }

    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>U+FFFE, U+FFFF and U+FDD0–U+FDEF are never text; Unicode normalisation refuses them.</summary>
    public static bool IsNoncharacter(char c) => c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF');

    private static void Append(StringBuilder folded, List<int>? map, string piece, int sourceIndex)
    {
        folded.Append(piece);
        for (var k = 0; k < piece.Length; k++)
        {
            map?.Add(sourceIndex);
        }
    }

    private static string FoldPiece(string piece)
    {
        var result = new StringBuilder(piece.Length);
        foreach (var c in piece.Normalize(NormalizationForm.FormD))
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
            }

            result.Append(c switch
            {
                'đ' or 'Đ' or 'ð' or 'Ð' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return result.ToString();
    }
}

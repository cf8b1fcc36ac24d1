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

        var folded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string piece;
            if (c < 0x80)
            {
                piece = c is >= 'A' and <= 'Z' ? ((char)(c + 32)).ToString() : string.Empty;
                if (piece.Length == 0)
                {
                    folded.Append(c);
                    map?.Add(i);
                    continue;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                piece = FoldPiece(text.Substring(i, 2));
                Append(folded, map, piece, i);
                i++;
                continue;
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                piece = " ";
            }
            else
            {
                piece = Cache[c] ??= FoldPiece(c.ToString());
            }

            Append(folded, map, piece, i);
        }

        return folded.ToString();
    }

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

using System.Globalization;
using System.Text;

namespace Anniversary.Archive.Text;

/// <summary>
/// The one folding function used wherever text is compared rather than shown: slugs, name and
/// place matching, indexing and querying. Display always uses the text as published.
/// </summary>
public static class TextFolding
{
    /// <summary>
    /// Folds case and diacritics: NFC, lower case, đ/Đ to d (which Unicode decomposition keeps),
    /// then every combining mark removed, so both Vietnamese tone placements ("hoà"/"hòa") meet.
    /// </summary>
    public static string Fold(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
            }

            folded.Append(c switch
            {
                'đ' or 'Đ' or 'ð' or 'Ð' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}

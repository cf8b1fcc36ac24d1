using System.Text.RegularExpressions;

namespace Anniversary.Archive.Parsing;

/// <summary>
/// A byline on its own line: "By Sok Dara", "(By CHEA Vannak)", or a reporter's name and then the
/// newspaper's ("Ouch Sony / Khmer Times", "Thanh Hà – Nhân Dân", "Minh Quang, QĐND", "Phạm Hùng (QĐND)", "Hữu Nghĩa (Nhân Dân)").
/// </summary>
internal static partial class Bylines
{
    /// <summary>The byline as written and the newspaper it names, if any; null when the paragraph is not a byline.</summary>
    public static (string Byline, string? Newspaper)? Read(string paragraph)
    {
        var text = paragraph.Trim();
        if (text.Length > MaxLength)
        {
            return null;
        }

        var match = ByPattern().Match(text);
        if (!match.Success)
        {
            match = NameAndNewspaperPattern().Match(text);
        }

        if (!match.Success)
        {
            match = NameCommaAcronymPattern().Match(text);
        }

        if (!match.Success)
        {
            match = NameAcronymInBracketsPattern().Match(text);
        }

        return match.Success ? (text, match.Groups["paper"].Success ? match.Groups["paper"].Value : null) : null;
    }

    private const int MaxLength = 70;

    // A name is two to four capitalised words (a reporter's name, never one word, so that "Vietnam –
    // Cambodia" is not a byline); a newspaper one to four capitalised words or an acronym.
    private const string Word = @"\p{Lu}[\p{L}\p{M}'’.]*";
    private const string Name = "(?<name>" + Word + @"(?:\s+" + Word + "){1,3})";
    private const string Newspaper = "(?<paper>" + Word + @"(?:\s+" + Word + "){0,3})";

    [GeneratedRegex(@"^\(?By\s+(?<name>" + Word + @"(?:\s+" + Word + @"){0,3})\)?$")]
    private static partial Regex ByPattern();

    [GeneratedRegex("^" + Name + @"\s+[-–—/]\s+" + Newspaper + "$")]
    private static partial Regex NameAndNewspaperPattern();

    [GeneratedRegex("^" + Name + @",\s+(?<paper>\p{Lu}{2,8})$")]
    private static partial Regex NameCommaAcronymPattern();

    // In brackets the newspaper is an acronym or two to four capitalised words ("(Nhân Dân)"); one word there is
    // more often a caption's "(Left)" than a newspaper.
    [GeneratedRegex("^" + Name + @"\s+\((?<paper>\p{Lu}{2,8}|" + Word + @"(?:\s+" + Word + @"){1,3})\)$")]
    private static partial Regex NameAcronymInBracketsPattern();
}

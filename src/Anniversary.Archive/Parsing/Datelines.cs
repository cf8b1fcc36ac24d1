using System.Globalization;
using System.Text.RegularExpressions;

namespace Anniversary.Archive.Parsing;

/// <summary>Datelines in a seed file ("HANOI, Jan. 7 (VNA) –"): a paragraph of their own, or the start of the lead.</summary>
internal static partial class Datelines
{
    /// <summary>A whole-paragraph dateline needs a date, an agency tag or a closing dash, so an all-caps headline is not one.</summary>
    public static Match? MatchParagraph(string paragraph)
    {
        var published = PublicationDatePattern().Match(paragraph);
        if (published.Success)
        {
            return published;
        }

        var match = DatelineParagraphPattern().Match(paragraph);
        var isDateline = match.Success
            && (match.Groups["when"].Success || match.Groups["agency"].Success || paragraph.TrimEnd() is [.., '-' or '–' or '—']);
        return isDateline ? match : null;
    }

    /// <summary>
    /// A dateline opening the lead: in capitals, or in any case when the agency's tag or a date follows it
    /// ("Tây Ninh, January 6 – "). A place in any case with only a dash ("An Giang – ") is one only
    /// <paramref name="afterDateline"/>: the second half of a dateline whose date stands on the line above, or
    /// the lead under a headline line.
    /// </summary>
    public static Match MatchPrefix(string text, bool afterDateline = false)
    {
        var prefix = DatelinePrefixPattern().Match(text);
        Regex[] patterns = afterDateline
            ? [AgencyDatelinePrefixPattern(), AgencyAfterDatePrefixPattern(), AgencyTagPrefixPattern(), DatedPlacePrefixPattern(), PlaceAndDashPrefixPattern()]
            : [AgencyDatelinePrefixPattern(), AgencyAfterDatePrefixPattern(), AgencyTagPrefixPattern(), DatedPlacePrefixPattern()];
        foreach (var pattern in patterns)
        {
            if (prefix.Success)
            {
                break;
            }

            prefix = pattern.Match(text);
        }

        return prefix;
    }

    /// <summary>The length of a bare dash opening the lead ("– The province held…"): left over from a dateline, not text.</summary>
    public static int BareDashLength(string text) => BareDashPattern().Match(text) is { Success: true } dash ? dash.Length : 0;

    public static string DisplayPlace(string place)
    {
        var trimmed = place.Trim().TrimEnd(',');
        return trimmed.Any(char.IsLower)
            ? trimmed
            : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(trimmed.ToLowerInvariant());
    }

    private const string UpperPlace = @"(?<place>\p{Lu}[\p{Lu}\p{M}'’.\- ]{2,40}?)";
    private const string DatelineDate = @"(?:,\s*(?<when>(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9})(?:,?\s+\d{4})?))";
    private const string DatelineAgency = @"(?:\s*\((?<agency>[^()]{1,20})\))";

    [GeneratedRegex("^" + UpperPlace + DatelineDate + "?" + DatelineAgency + @"?\s*(?:[-–—:]+\s*)?$")]
    private static partial Regex DatelineParagraphPattern();

    [GeneratedRegex("^" + UpperPlace + DatelineDate + "?" + DatelineAgency + @"?\s*[-–—]+\s+(?=\S)")]
    private static partial Regex DatelinePrefixPattern();

    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    /// <summary>"Hanoi (VNA) – ", "Phnom Penh (FN), Jan. 7 - ": a place in any case is a dateline when the agency's tag follows it.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\p{M}'’. ]{1,40}?)" + DatelineDate + @"?\s*\((?<agency>[\p{Lu}/]{2,12})\)" + DatelineDate + @"?\s*[-–—]+\s+(?=\S)")]
    private static partial Regex AgencyDatelinePrefixPattern();

    /// <summary>"Takeo, January 6, 2015 AKP -- ": the agency's name without brackets after a dated place.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\p{M}'’. ]{1,40}?)" + DatelineDate + @"\s+(?<agency>\p{Lu}{2,8})\s*[-–—]+\s+(?=\S)")]
    private static partial Regex AgencyAfterDatePrefixPattern();

    /// <summary>
    /// "WVR/VNA - ", "(QĐND) - ": agencies' tags alone, at least two joined by a slash or one in brackets, so that a
    /// capitalised word is not one.
    /// </summary>
    [GeneratedRegex(@"^(?:(?<agency>\p{Lu}{2,8}(?:/\p{Lu}{2,8})+)|\((?<agency>\p{Lu}{2,8})\))\s*[-–—]+\s+(?=\S)")]
    private static partial Regex AgencyTagPrefixPattern();

    /// <summary>"Hà Nội, January 6 – The association…": a place in any case, a month's full name and a day, then a spaced dash.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,2}),\s*(?<when>" + Month + @"\s+\d{1,2}(?:,\s+\d{4})?)\s+[-–—]+\s+(?=\S)")]
    private static partial Regex DatedPlacePrefixPattern();

    /// <summary>"An Giang – Leaders…": one to three capitalised words, then a spaced long dash and a capital.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,2})\s+[–—]\s+(?=\p{Lu})")]
    private static partial Regex PlaceAndDashPrefixPattern();

    [GeneratedRegex(@"^[-–—]+\s+(?=\S)")]
    private static partial Regex BareDashPattern();

    /// <summary>"Tuesday, 03 January 2012": the day of publication, printed above the report.</summary>
    [GeneratedRegex(@"^" + Weekday + @",?\s+(?:\d{1,2}\s+" + Month + "|" + Month + @"\s+\d{1,2},?)\s+\d{4}$")]
    private static partial Regex PublicationDatePattern();
}

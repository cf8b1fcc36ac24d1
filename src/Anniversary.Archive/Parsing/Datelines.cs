using System.Globalization;
using System.Text.RegularExpressions;

namespace Anniversary.Archive.Parsing;

/// <summary>Datelines in a seed file ("HANOI, Jan. 7 (VNA) –"): a paragraph of their own, or the start of the lead.</summary>
internal static partial class Datelines
{
    /// <summary>A whole-paragraph dateline needs a date, an agency tag or a closing dash, so an all-caps headline is not one.</summary>
    public static Match? MatchParagraph(string paragraph)
    {
        var match = DatelineParagraphPattern().Match(paragraph);
        var isDateline = match.Success
            && (match.Groups["when"].Success || match.Groups["agency"].Success || paragraph.TrimEnd() is [.., '-' or '–' or '—']);
        return isDateline ? match : null;
    }

    /// <summary>A dateline opening the lead: in capitals, or in any case when the agency's tag follows it.</summary>
    public static Match MatchPrefix(string text)
    {
        var prefix = DatelinePrefixPattern().Match(text);
        return prefix.Success ? prefix : AgencyDatelinePrefixPattern().Match(text);
    }

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

    /// <summary>"Hanoi (VNA) – ": a place in any case is a dateline when the agency's tag follows it.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{L}\p{M}'’. ]{1,40}?)" + DatelineDate + @"?\s*\((?<agency>[\p{Lu}/]{2,12})\)\s*[-–—]+\s+(?=\S)")]
    private static partial Regex AgencyDatelinePrefixPattern();
}

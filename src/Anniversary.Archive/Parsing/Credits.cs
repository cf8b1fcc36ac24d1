using System.Text.RegularExpressions;

namespace Anniversary.Archive.Parsing;

/// <summary>Credits in a seed file: the agency's at the end, after any end marks, and a photo's in its caption.</summary>
internal static partial class Credits
{
    /// <summary>Removes end marks and the agency credit from the end, standalone or glued to the last sentence.</summary>
    public static string? TakeCredit(List<string> paragraphs)
    {
        while (paragraphs.Count > 0 && EndMarkPattern().IsMatch(paragraphs[^1]))
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        if (paragraphs.Count == 0)
        {
            return null;
        }

        paragraphs[^1] = GluedEndMarkPattern().Replace(paragraphs[^1], string.Empty);
        var standalone = StandaloneCreditPattern().Match(paragraphs[^1]);
        if (standalone.Success && paragraphs.Count > 1)
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
            return standalone.Groups["credit"].Value;
        }

        var glued = GluedCreditPattern().Match(paragraphs[^1]);
        if (glued.Success)
        {
            paragraphs[^1] = paragraphs[^1][..glued.Groups["credit"].Index].TrimEnd(' ', '-', '–', '—', '(');
            return glued.Groups["credit"].Value;
        }

        return null;
    }

    /// <summary>"Source: Agency Kampuchea Press": the report's own source line, with the agency's name as written.</summary>
    public static string? ReadSourceLine(string paragraph)
    {
        var match = SourceLinePattern().Match(paragraph);
        return match.Success ? match.Groups["credit"].Value.Trim() : null;
    }

    public static bool IsEndMark(string paragraph) => EndMarkPattern().IsMatch(paragraph);

    /// <summary>A paragraph ending with a photo credit ("(Photo: …)") is a caption.</summary>
    public static bool IsCaption(string paragraph) => PhotoCreditPattern().IsMatch(paragraph);

    public static PhotoCaption? ReadCaption(string paragraph)
    {
        var match = PhotoCreditPattern().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }

        var credit = match.Groups["credit"].Value.Trim();
        return new PhotoCaption(paragraph[..match.Index].TrimEnd(), credit.Length > 0 ? credit : null);
    }

    [GeneratedRegex(@"\s*(?:\((?:(?:photo|photos|file photo|image|picture|ảnh|source|nguồn)\s*(?::+|by\b|courtesy(?:\s+of)?\b)\s*(?<credit>[^()]{0,80})|(?<credit>(?-i:[\p{Lu}/]{2,12})) photo)\)|(?<=[.!?]|^)\s*(?:photo|ảnh):\s*(?<credit>[^.()]{1,60}))\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCreditPattern();

    [GeneratedRegex(@"^(?:\(?\s*(?:END|HẾT)\s*\)?|#{3,}|-30-|[-–—*]{1,5}|/\.)$")]
    private static partial Regex EndMarkPattern();

    [GeneratedRegex(@"(?<=\S)\s*(?:\((?:END|HẾT)\)|#{3,}|-30-|(?<=[.!?""”’])/\.)$")]
    private static partial Regex GluedEndMarkPattern();

    private const string Agency = @"\p{Lu}{2,8}(?:\s*/\s*\p{Lu}{2,8})*";

    [GeneratedRegex(@"^(?:(?:Source|Nguồn):\s*)?\(?(?<credit>" + Agency + @")\)?\.?$")]
    private static partial Regex StandaloneCreditPattern();

    [GeneratedRegex(@"^(?:Source|Nguồn)\s*:+\s*(?<credit>\p{Lu}[\p{L}\p{M}.&'’/ -]{1,60}?)\.?$")]
    private static partial Regex SourceLinePattern();

    [GeneratedRegex(@"(?<=[.!?""”’])\s*(?:[-–—]{1,2}\s*)?\(?(?<credit>" + Agency + @")\)?\s*(?:\(END\))?$")]
    private static partial Regex GluedCreditPattern();
}

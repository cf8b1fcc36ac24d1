using System.Buffers;
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

    /// <summary>A paragraph ending with a photo credit ("(Photo: …)", "— VNA/VNS Photo", "KT/Chor Sokunthea") is a caption.</summary>
    public static bool IsCaption(string paragraph) => CreditMatch(paragraph) is not null;

    public static PhotoCaption? ReadCaption(string paragraph)
    {
        if (CreditMatch(paragraph) is not { } match)
        {
            return null;
        }

        // "VNA/VNS Photo Văn Điệp": the agency and the photographer, written as agencies write the pair ("VNA/Thống Nhất").
        var credit = match.Groups["credit"].Value.Trim();
        if (match.Groups["photographer"].Success)
        {
            credit = $"{credit}/{match.Groups["photographer"].Value}";
        }

        return new PhotoCaption(paragraph[..match.Index].TrimEnd(), credit.Length > 0 ? credit : null);
    }

    private static Match? CreditMatch(string paragraph)
    {
        // Every credit says "photo" (or "ảnh", "source", "image", …) or pairs an agency with a slash; most paragraphs do neither.
        if (!paragraph.AsSpan().ContainsAny(CreditWords) && !paragraph.AsSpan().ContainsAny(VietnameseCreditLetters))
        {
            return null;
        }

        // A credit is short and ends the paragraph: only its tail is searched (lookbehinds still see before it).
        var tail = Math.Max(0, paragraph.Length - MaxCreditTail);
        var match = PhotoCreditPattern().Match(paragraph, tail);
        if (match.Success)
        {
            return match;
        }

        // "… at the ceremony. KT/Chor Sokunthea": an agency and a photographer with no word for a photo, taken only after
        // a caption's length of text, so that a body paragraph ending with a reporter's credit stays a paragraph.
        match = AgencyAndPhotographerPattern().Match(paragraph, tail);
        return match.Success && match.Index <= MaxBareCreditCaption ? match : null;
    }

    private const int MaxBareCreditCaption = 300;

    // Longer than any credit the patterns read (at most 80 characters of credit, a label and brackets).
    private const int MaxCreditTail = 200;

    // ASCII words only, which are searched fast; "ảnh", "nguồn" and "©" are told by a letter of theirs.
    private static readonly SearchValues<string> CreditWords =
        SearchValues.Create(["photo", "source", "image", "picture", "supplied", "credit", "/"], StringComparison.OrdinalIgnoreCase);

    // Letters outside ASCII (a word among the ASCII ones would slow the search of all of them): "ảnh", "nguồn", "©".
    private static readonly SearchValues<char> VietnameseCreditLetters = SearchValues.Create("ảẢồỒ©");

    // What says "photo" before a credit: "Photo:", "Photo by", "Photo courtesy of", "Photo credit:", "Photo/"; "Ảnh:"; "Credit:", "©".
    private const string PhotoLabel = @"(?:(?:photo|photos|file photo|image|picture|ảnh|source|nguồn)(?:\s+credit)?\s*(?::+|/|by\b|courtesy(?:\s+of)?\b)|(?-i:Credit)\s*:|©)";
    private const string LoosePhotoLabel = @"(?:(?:photo|ảnh)(?:\s+credit)?\s*(?::|/|by\b|courtesy(?:\s+of)?\b)|(?-i:Credit)\s*:|©)";
    private const string CreditAgency = @"(?-i:\p{Lu}{2,8}(?:/\p{Lu}{2,8})*)";
    private const string Photographer = @"(?-i:\p{Lu}[\p{L}\p{M}'’]*(?:\s+\p{Lu}[\p{L}\p{M}'’]*){0,3})";

    // A photo handed to the paper, credited by the one word the Cambodian English-language papers print: "Supplied".
    private const string Supplied = @"(?<credit>(?-i:Supplied))";

    // A photo labelled, not credited: "File photo" names where it came from, "(Illustrative photo)" only what it is.
    private const string Labelled = @"(?<credit>(?-i:File photo))|(?-i:Illustrative (?:photo|image))";

    // In brackets: "(Photo: VNA)", "[Photo: VNA]", "(VNA Photo)", "(VNA/VNS Photo Văn Điệp)", "(AP Photo/Chan Vibol)", "(KT/Chor Sokunthea)",
    // "(Supplied)".
    private const string Bracketed = @"[(\[]\s*(?:" + Supplied + "|" + Labelled + "|" + PhotoLabel + @"\s*(?<credit>[^()\[\]]{0,80})|(?<credit>" + CreditAgency + @"\s+(?-i:Photo)/" + Photographer + @")|(?<credit>" + CreditAgency + @")\s+photo(?:\s+(?<photographer>" + Photographer + @"))?|(?<credit>" + CreditAgency + "/" + Photographer + @"))\s*[)\]]";

    // Loose, after a sentence's end, a dash or a bar: "Photo: VNA", "– Photo by Ann Lee", "— VNA/VNS Photo Văn Điệp", "| Photo: VNA", ". Supplied".
    private const string Loose = @"(?:(?<=[.!?""”’]|^)\s*|\s+[-–—|]{1,2}\s*)(?:" + Supplied + "|" + Labelled + "|" + LoosePhotoLabel + @"\s*(?<credit>(?:[^.()]|\.(?=\S)){1,60})|(?<credit>" + CreditAgency + @")\s+(?-i:Photo)(?:\s+(?<photographer>" + Photographer + @"))?)";

    [GeneratedRegex(@"\s*(?:" + Bracketed + "|" + Loose + @")\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCreditPattern();

    // After a sentence's end, the agency may be a word ("… Jan. 7, 2024. (Xinhua/Sovannara)", "… 2024. Xinhua/Phalla", "CamboJA/Name"), and in brackets the
    // photographer may come first ("(Kang Sothy/The Cambodia Daily)"): a bracket inside a sentence, "the two capitals (Hanoi/Phnom Penh).",
    // is not a credit.
    [GeneratedRegex(@"(?<=[.!?""”’])\s+(?:(?<credit>" + CreditAgency + "/" + Photographer + @")|\((?<credit>" + Photographer + "/" + Photographer + @")\)|(?<credit>(?-i:\p{Lu}\p{L}{1,15})/" + Photographer + @"))$")]
    private static partial Regex AgencyAndPhotographerPattern();

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

using System.Globalization;
using Anniversary.Archive.Reading;

namespace Anniversary.Web.Publishing;

/// <summary>Ready citations of an article in the three styles readers ask for, with the permalink and the day of access.</summary>
public sealed record Citation(string Style, string Text)
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>
    /// The author is the publication or the agency's credit; a report with neither has no author (the
    /// archive only keeps it), and the citation opens with its title, as the styles do for unsigned works.
    /// </summary>
    public static IReadOnlyList<Citation> For(ArticleSummary article, string permalink, string siteName, DateOnly accessed)
    {
        var agency = article.Source ?? article.Credit;
        var date = article.Date;
        if (agency is null)
        {
            return
            [
                new("APA", $"{article.Title}. ({date.ToString("yyyy, MMMM d", English)}). {siteName}. {permalink}"),
                new("MLA", $"“{article.Title}.” {MlaDate(date)}. {siteName}, {permalink}. Accessed {MlaDate(accessed)}."),
                new("Chicago", $"“{article.Title}.” {date.ToString("MMMM d, yyyy", English)}. {siteName}. {permalink} (accessed {accessed.ToString("MMMM d, yyyy", English)})."),
            ];
        }

        return
        [
            new("APA", $"{agency}. ({date.ToString("yyyy, MMMM d", English)}). {article.Title}. {siteName}. {permalink}"),
            new("MLA", $"“{article.Title}.” {agency}, {MlaDate(date)}. {siteName}, {permalink}. Accessed {MlaDate(accessed)}."),
            new("Chicago", $"{agency}. “{article.Title}.” {date.ToString("MMMM d, yyyy", English)}. {siteName}. {permalink} (accessed {accessed.ToString("MMMM d, yyyy", English)})."),
        ];
    }

    /// <summary>MLA abbreviates months longer than four letters: "7 Jan. 2024", "6 June 2024".</summary>
    private static string MlaDate(DateOnly date)
    {
        var month = date.ToString("MMMM", English);
        var written = month.Length > 4 ? (month == "September" ? "Sept." : month[..3] + ".") : month;
        return $"{date.Day} {written} {date.Year}";
    }
}

using System.Globalization;
using Anniversary.Archive.Data;
using Anniversary.Archive.Reading;
using Anniversary.Archive.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Web.Pages.Dates;

/// <summary>/dates/1979, /dates/1979-01 and /dates/1979-01-07: articles of that time and paragraphs that mention it.</summary>
public sealed class DetailsModel(ArchiveDbContext db) : PageModel
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    public DateOnly From { get; private set; }

    public DatePrecision Precision { get; private set; }

    public const int PerPage = 50;

    public PageOf<ArticleSummary> Articles { get; private set; } = null!;

    public PageOf<DatedParagraph> Mentions { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string value, CancellationToken cancellationToken)
    {
        var format = Array.FindIndex(Formats, f => f.Length == value.Length);
        if (format < 0 || !DateTime.TryParseExact(value, Formats[format], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return NotFound();
        }

        if (parsed.Year is < DateMentions.MinYear or > DateMentions.MaxYear)
        {
            return NotFound();
        }

        Precision = (DatePrecision)format;
        From = DateOnly.FromDateTime(parsed);
        var (from, to) = new DateMention(0, 0, From, Precision, value).Range;
        var page = Pager.Requested(Request);
        Articles = await db.Summaries(from, to).PageAsync(page, PerPage, cancellationToken);
        Mentions = await db.ParagraphsMentioningAsync(from, to, Precision, page, PerPage, cancellationToken);
        return Page();
    }
}

using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>The dates each body paragraph mentions, read by <see cref="DateMentions"/> as of the report's date.</summary>
internal static class DateReader
{
    public static List<ExtractedDate> ReadDates(ExtractionContext context) =>
        context.Blocks.Where(b => b.Paragraph is not null)
            .SelectMany(b => DateMentions.Find(b.Text, context.Article.Date).Select(d => new ExtractedDate(b.Paragraph!.Value, d.Date, d.Precision, d.Text)))
            .ToList();
}

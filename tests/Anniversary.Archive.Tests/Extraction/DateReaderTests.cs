using Anniversary.Archive.Extraction;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Extraction;

public sealed class DateReaderTests
{
    [Fact]
    public void Each_body_paragraph_gives_its_dates_by_its_number_and_captions_none()
    {
        var context = new ExtractionContext(Articles.With(
            new BodyParagraph("The club was founded in May 1994."),
            new PhotoCaption("Members on March 12, 2024", null),
            new BodyParagraph("The fair closed on March 10 and will open again in 2025.")));

        Assert.Equal(
            [
                new ExtractedDate(1, new DateOnly(1994, 5, 1), DatePrecision.Month, "May 1994"),
                new ExtractedDate(2, new DateOnly(2024, 3, 10), DatePrecision.Day, "March 10"),
                new ExtractedDate(2, new DateOnly(2025, 1, 1), DatePrecision.Year, "2025"),
            ],
            DateReader.ReadDates(context));
    }

    [Fact]
    public void A_day_without_a_year_far_from_the_report_is_not_read()
    {
        var context = new ExtractionContext(Articles.Of("The fair closed on September 10."));

        Assert.Empty(DateReader.ReadDates(context));
    }
}

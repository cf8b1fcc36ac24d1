using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Text;

/// <summary>A day that names an anniversary ("the January 7 Victory") is a mention of that day, read as days without a year are.</summary>
public sealed class NamedDayTests
{
    private static readonly DateOnly Report = new(2024, 1, 5);

    [Theory]
    [InlineData("the 45th anniversary of the January 7 Victory", "January 7", "2024-01-07")]
    [InlineData("The January 7 Victory Day was marked", "January 7", "2024-01-07")]
    [InlineData("the great victory of January 7 Victory Day", "January 7", "2024-01-07")]
    [InlineData("the 7 January Victory opened a new era", "7 January", "2024-01-07")]
    [InlineData("a year after the December 25 Offensive began", "December 25", "2023-12-25")]
    public void A_day_named_as_an_anniversary_is_a_mention_of_that_day(string text, string written, string expected)
    {
        var mention = Assert.Single(DateMentions.Find(text, Report));

        Assert.Equal((written, DateOnly.Parse(expected), DatePrecision.Day), (mention.Text, mention.Date, mention.Precision));
    }

    [Theory]
    [InlineData("to mark the January 7 victory")]
    [InlineData("the March 12 provinces took part")]
    [InlineData("the January 7 Victory")]
    public void A_day_without_a_name_or_without_the_reports_date_stays_unread(string text)
    {
        var report = text == "the January 7 Victory" ? (DateOnly?)null : Report;

        Assert.Empty(DateMentions.Find(text, report));
    }

    [Fact]
    public void A_named_day_far_from_the_report_stays_unread_as_any_day_without_a_year()
    {
        Assert.Empty(DateMentions.Find("the 45th anniversary of the January 7 Victory", new DateOnly(2024, 7, 5)));
    }

    [Fact]
    public void A_named_day_with_its_year_is_read_as_that_date()
    {
        var mention = Assert.Single(DateMentions.Find("the January 7, 1979 Victory", Report));

        Assert.Equal((new DateOnly(1979, 1, 7), "January 7, 1979"), (mention.Date, mention.Text));
    }
}

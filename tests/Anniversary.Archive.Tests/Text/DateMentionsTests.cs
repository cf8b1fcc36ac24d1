using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Text;

/// <summary>Dates read in prose: with their year as written, and days without a year read around the report's date.</summary>
public sealed class DateMentionsTests
{
    private static readonly DateOnly Report = new(2024, 1, 7);

    [Fact]
    public void A_full_date_is_one_day_not_a_month_and_a_year()
    {
        var mention = Assert.Single(DateMentions.Find("the victory of January 7, 1979 was won"));

        Assert.Equal((new DateOnly(1979, 1, 7), DatePrecision.Day, "January 7, 1979"), (mention.Date, mention.Precision, mention.Text));
    }

    [Fact]
    public void Without_the_reports_date_a_day_without_a_year_is_not_read()
    {
        Assert.Empty(DateMentions.Find("a ceremony in Hanoi on January 7"));
    }

    [Theory]
    [InlineData("a ceremony in Hanoi on January 7", "2024-01-07")]
    [InlineData("a gathering on 6 January", "2024-01-06")]
    [InlineData("on December 28, veterans met", "2023-12-28")]
    [InlineData("the exhibition will run until March 30", "2024-03-30")]
    public void A_day_without_a_year_is_the_nearest_such_day_to_the_report(string text, string expected)
    {
        var mention = Assert.Single(DateMentions.Find(text, Report));

        Assert.Equal((DateOnly.Parse(expected), DatePrecision.Day), (mention.Date, mention.Precision));
    }

    [Theory]
    [InlineData("on April 6 the doors open", "2024-04-06")]
    [InlineData("since October 9 the veterans met", "2023-10-09")]
    public void A_day_without_a_year_is_read_up_to_ninety_days_from_the_report(string text, string expected)
    {
        var mention = Assert.Single(DateMentions.Find(text, Report));

        Assert.Equal(DateOnly.Parse(expected), mention.Date);
        Assert.Equal(DateMentions.YearlessReach, Math.Abs(mention.Date.DayNumber - Report.DayNumber));
    }

    [Theory]
    [InlineData("on April 7 the doors open")]
    [InlineData("since October 8 the veterans met")]
    [InlineData("On June 15, the army crossed the river")]
    [InlineData("prices on may 5 rose")]
    [InlineData("on February 30 nothing happens")]
    [InlineData("to mark the January 7 victory")]
    [InlineData("In March 12 provinces took part")]
    public void A_day_without_a_year_far_from_the_report_or_not_a_date_is_not_read(string text)
    {
        Assert.Empty(DateMentions.Find(text, Report));
    }

    [Fact]
    public void A_day_with_its_year_keeps_that_year_beside_one_without()
    {
        var mentions = DateMentions.Find("on January 7 to mark the anniversary (January 7, 1979 - 2024)", Report);

        Assert.Equal(
            [(new DateOnly(2024, 1, 7), DatePrecision.Day), (new DateOnly(1979, 1, 7), DatePrecision.Day), (new DateOnly(2024, 1, 1), DatePrecision.Year)],
            mentions.Select(m => (m.Date, m.Precision)));
    }

    [Theory]
    [InlineData("a fair in Green Valley on January 9", "2024-01-09")]
    [InlineData("a fair on Tuesday, 9 January 2024 and after", "2024-01-09")]
    [InlineData("a fair on Sept. 3, 2023", "2023-09-03")]
    [InlineData("a fair on December 30", "2023-12-30")]
    public void The_day_of_an_event_follows_on(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DateMentions.EventDay(text, Report));
    }

    [Theory]
    [InlineData("a fair in January 2024")]
    [InlineData("a fair on january 9")]
    [InlineData("a fair on 9 Jan")]
    [InlineData("a fair on July 9")]
    [InlineData("a fair on February 30, 2024")]
    public void No_event_day_without_on_a_capital_month_or_a_real_day_near_the_report(string text)
    {
        Assert.Null(DateMentions.EventDay(text, Report));
    }
}

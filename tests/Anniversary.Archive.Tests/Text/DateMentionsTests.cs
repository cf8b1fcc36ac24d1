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

    [Theory]
    [InlineData("the victory of 7/1/1979 was won", "1979-01-07", "7/1/1979")]
    [InlineData("Sài Gòn was liberated on 30/4/1975.", "1975-04-30", "30/4/1975")]
    [InlineData("the gathering of 06/01/2024, in Hà Nội", "2024-01-06", "06/01/2024")]
    [InlineData("a letter dated 1/30/2024 arrived", "2024-01-30", "1/30/2024")]
    [InlineData("the capital was freed on 7.1.1979, he said", "1979-01-07", "7.1.1979")]
    [InlineData("on the morning of 7-1-1979 the tanks arrived", "1979-01-07", "7-1-1979")]
    public void A_day_written_in_numbers_is_read_day_first_unless_only_month_first_can_be(string text, string expected, string written)
    {
        var mention = Assert.Single(DateMentions.Find(text));

        Assert.Equal((DateOnly.Parse(expected), DatePrecision.Day, written), (mention.Date, mention.Precision, mention.Text));
    }

    [Theory]
    [InlineData("under Decree No. 12/3/2024/ND-CP on heritage")]
    [InlineData("a score of 13/13/2024")]
    [InlineData("version 1.2.2024 of the list")]
    [InlineData("pages 7/1/19790 to 12")]
    [InlineData("list 7.1.1979 was filed")]
    [InlineData("the code 7-1/1979 was filed")]
    public void Numbers_that_are_not_a_day_are_not_read_as_one(string text)
    {
        Assert.DoesNotContain(DateMentions.Find(text), mention => mention.Precision == DatePrecision.Day);
    }

    [Fact]
    public void A_search_for_a_day_written_month_first_reads_it_where_nothing_else_can()
    {
        var query = Assert.Single(DateMentions.ReadQuery("1/30/2024"));

        Assert.Equal((new DateOnly(2024, 1, 30), new DateOnly(2024, 1, 30)), (query.From, query.To));
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
    [InlineData("On the morning of January 6, veterans met", "2024-01-06")]
    [InlineData("on the evening of 6 January veterans met", "2024-01-06")]
    public void A_day_without_a_year_is_the_nearest_such_day_to_the_report(string text, string expected)
    {
        var mention = Assert.Single(DateMentions.Find(text, Report));

        Assert.Equal((DateOnly.Parse(expected), DatePrecision.Day), (mention.Date, mention.Precision));
    }

    [Theory]
    [InlineData("a ceremony on January 6-7 in Hanoi", "January 6-7", "2024-01-06", "2024-01-07")]
    [InlineData("a ceremony on 6–7 January 2024 in Hanoi", "6–7 January 2024", "2024-01-06", "2024-01-07")]
    [InlineData("a fair on Jan. 5-7, 2023", "Jan. 5-7, 2023", "2023-01-05", "2023-01-06", "2023-01-07")]
    public void Every_day_of_a_short_range_is_a_mention_of_the_range_as_written(string text, string written, params string[] days)
    {
        var mentions = DateMentions.Find(text, Report);

        Assert.Equal(days.Select(DateOnly.Parse), mentions.Select(m => m.Date));
        Assert.All(mentions, m => Assert.Equal((written, DatePrecision.Day), (m.Text, m.Precision)));
    }

    [Theory]
    [InlineData("on January 6 and 7, ceremonies were held", "2024-01-06", "2024-01-07")]
    [InlineData("on January 3 and 6, ceremonies were held", "2024-01-03", "2024-01-06")]
    public void Two_days_joined_by_and_are_those_two_days(string text, params string[] days)
    {
        Assert.Equal(days.Select(DateOnly.Parse), DateMentions.Find(text, Report).Select(m => m.Date));
    }

    [Fact]
    public void A_year_after_a_slash_is_part_of_a_number()
    {
        Assert.Empty(DateMentions.Find("Decree 15/2020/ND-CP sets out the penalties."));
    }

    [Fact]
    public void A_year_before_a_slash_and_letters_is_part_of_a_number()
    {
        Assert.Empty(DateMentions.Find("Under Decision No. 1979/QĐ-TTg, veterans receive an allowance."));
        Assert.Equal([1975], DateMentions.Find("From 1975/1979 records, the list was drawn up.").Select(m => m.Date.Year));
    }

    [Theory]
    [InlineData("to mark the January 6-7 events")]
    [InlineData("a ceremony on January 7-6")]
    [InlineData("a festival on January 1-20")]
    public void A_range_with_no_preposition_backwards_or_longer_than_a_week_gives_no_range(string text)
    {
        Assert.True(DateMentions.Find(text, Report).Count <= 1);
    }

    [Theory]
    [InlineData("a ceremony on Sunday, January 7, in Hanoi", "2024-01-07")]
    [InlineData("a ceremony on Saturday (January 6) in Hanoi", "2024-01-06")]
    [InlineData("a ceremony on Sunday 7 January in Hanoi", "2024-01-07")]
    public void A_weekday_between_the_preposition_and_a_day_without_a_year_keeps_the_day(string text, string expected)
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

    [Theory]
    [InlineData("Her grandmother calls the seventh of January 1979 the family's second birthday.", "1979-01-07", "the seventh of January 1979")]
    [InlineData("On the twenty-fifth of December 1978 the offensive began.", "1978-12-25", "twenty-fifth of December 1978")]
    [InlineData("Lễ mít tinh kỷ niệm chiến thắng ngày 7 tháng 1 năm 1979.", "1979-01-07", "ngày 7 tháng 1 năm 1979")]
    public void A_day_written_in_words_or_in_vietnamese_is_one_day(string text, string expected, string written)
    {
        var mention = Assert.Single(DateMentions.Find(text));

        Assert.Equal((DateOnly.Parse(expected), DatePrecision.Day), (mention.Date, mention.Precision));
        Assert.Contains(written, mention.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Khmer Rouge rule (1975-79) left some 1.7 million people dead.", 1975, 1979, "1975-79")]
    [InlineData("The team recovered 24 sets of remains during the 2023-24 dry season.", 2023, 2024, "2023-24")]
    public void A_span_of_years_with_its_second_written_short_is_both_years(string text, int first, int last, string written)
    {
        var mentions = DateMentions.Find(text);

        Assert.Equal([(new DateOnly(first, 1, 1), DatePrecision.Year, written), (new DateOnly(last, 1, 1), DatePrecision.Year, written)],
            mentions.Select(m => (m.Date, m.Precision, m.Text)));
    }

    [Theory]
    [InlineData("The report was filed as 2024-01 in the archive.")]
    [InlineData("The code 1975-790 was printed on the box.")]
    [InlineData("Decision 1979-85/QĐ was signed.")]
    public void Numbers_that_are_no_span_of_years_are_not_read_as_one(string text)
    {
        Assert.DoesNotContain(DateMentions.Find(text), m => m.Text.Contains('-'));
    }

    [Fact]
    public void Part_of_a_month_without_a_year_is_that_month_near_the_report()
    {
        var mention = Assert.Single(DateMentions.Find("The remains will be handed over in mid-January.", Report));

        Assert.Equal((new DateOnly(2024, 1, 1), DatePrecision.Month, "mid-January"), (mention.Date, mention.Precision, mention.Text));
        Assert.Empty(DateMentions.Find("The remains will be handed over in mid-January."));
        Assert.Equal(new DateOnly(1979, 1, 1), Assert.Single(DateMentions.Find("They walked home in mid-January 1979.", Report)).Date);
    }
}

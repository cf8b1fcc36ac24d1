using Anniversary.Archive.Extraction;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Extraction;

public sealed class EventReaderTests
{
    private static readonly EventReader Events = new(Lexicon.Default);

    private static ExtractedEvent? Read(ParsedArticle article) => Events.ReadEvent(new ExtractionContext(article));

    [Fact]
    public void The_lead_gives_the_kind_the_place_and_the_day()
    {
        var found = Read(Articles.Of("A seminar was held in Green Valley on March 12 to plan the harvest fair."));

        Assert.Equal(new ExtractedEvent("seminar", "Green Valley", "greenvalley", new DateOnly(2024, 3, 12), null), found);
    }

    [Fact]
    public void A_noun_of_the_lead_names_the_kind_before_a_verb_does()
    {
        var found = Read(Articles.Of("Veterans gathered for a ceremony in Green Valley."));

        Assert.Equal("ceremony", found?.Kind);
    }

    [Fact]
    public void Without_a_day_in_the_lead_the_event_is_on_the_reports_date()
    {
        var found = Read(Articles.Of("A workshop took place in Green Valley."));

        Assert.Equal(Articles.ReportDate, found?.Date);
    }

    [Fact]
    public void Without_a_place_in_the_lead_the_dateline_gives_it()
    {
        var article = Articles.Of("A workshop took place yesterday.") with { Place = "Hanoi" };

        Assert.Equal(("Hanoi", "hanoi"), (Read(article)?.Place, Read(article)?.PlaceKey));
    }

    [Fact]
    public void Without_a_kind_or_a_place_there_is_no_event()
    {
        Assert.Null(Read(Articles.Of("Farmers sold apples in Green Valley.")));
        Assert.Null(Read(Articles.Of("A workshop took place yesterday.")));
    }

    [Fact]
    public void Only_the_first_three_paragraphs_are_the_lead()
    {
        Assert.Null(Read(Articles.Of("Farmers came.", "Bakers came.", "Weavers came.", "A workshop took place in Green Valley.")));
    }

    [Theory]
    [InlineData("It marked the 30th anniversary of the school's founding (May 2, 1994).", 30, "1994-05-02", DatePrecision.Day)]
    [InlineData("It marked the 21st Anniversary of the bridge, opened in 2003.", 21, "2003-01-01", DatePrecision.Year)]
    [InlineData("It marked the 2nd anniversary of the market, opened in 2022. In April 2022 it rained.", 2, "2022-01-01", DatePrecision.Year)]
    public void An_anniversary_counts_from_the_date_its_sentence_gives(string text, int ordinal, string of, DatePrecision precision)
    {
        Assert.Equal(new ExtractedAnniversary(ordinal, DateOnly.Parse(of), precision), EventReader.ReadAnniversary(text));
    }

    [Fact]
    public void An_anniversary_without_a_date_has_its_ordinal_only()
    {
        Assert.Equal(new ExtractedAnniversary(5, null, DatePrecision.Year), EventReader.ReadAnniversary("the 5th anniversary of the club"));
        Assert.Null(EventReader.ReadAnniversary("an anniversary of the club"));
    }
}

using Anniversary.Archive.Parsing;

namespace Anniversary.Archive.Tests.Parsing;

public sealed class DatelinesTests
{
    [Theory]
    [InlineData("GREEN VALLEY, March 12 (XYZ) –", "GREEN VALLEY")]
    [InlineData("GREEN VALLEY –", "GREEN VALLEY")]
    public void A_paragraph_of_its_own_is_a_dateline_with_a_date_a_tag_or_a_dash(string paragraph, string place)
    {
        Assert.Equal(place, Datelines.MatchParagraph(paragraph)?.Groups["place"].Value);
    }

    [Fact]
    public void An_all_capitals_headline_is_no_dateline()
    {
        Assert.Null(Datelines.MatchParagraph("FAIR OPENS"));
    }

    [Theory]
    [InlineData("GREEN VALLEY (XYZ) – The fair opened.", "GREEN VALLEY (XYZ) – ")]
    [InlineData("Green Valley (XYZ) – The fair opened.", "Green Valley (XYZ) – ")]
    [InlineData("(XYZ) - On March 12, the fair opened.", "(XYZ) - ")]
    public void A_dateline_may_open_the_lead(string lead, string prefix)
    {
        Assert.Equal(prefix, Datelines.MatchPrefix(lead).Value);
    }

    [Fact]
    public void A_lead_in_any_case_opens_with_a_dateline_only_with_the_agencys_tag()
    {
        Assert.False(Datelines.MatchPrefix("Green Valley – The fair opened.").Success);
    }

    [Theory]
    [InlineData("GREEN VALLEY", "Green Valley")]
    [InlineData("Green valley,", "Green valley")]
    public void A_place_in_capitals_is_shown_in_title_case(string place, string shown)
    {
        Assert.Equal(shown, Datelines.DisplayPlace(place));
    }
}

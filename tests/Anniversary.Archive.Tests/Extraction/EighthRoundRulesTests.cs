using Anniversary.Archive.Extraction;
using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The eighth round of issue 20's rules, each on a small input of invented text: an event's kind, place and
/// day from its lead, the year an anniversary counts from, and where a role written after a name stops.
/// </summary>
public sealed class EighthRoundRulesTests
{
    private static string? RoleOf(string paragraph, string key) => Facts(Lead, paragraph).People.Single(p => p.Key == key).Role;

    [Fact]
    public void A_kind_word_inside_a_capitalised_venue_name_is_not_the_events_kind()
    {
        var file = "date 2019-01-08 Veterans remember the day\n\nGovernor Keo Dara on Monday spoke to some 2,000 veterans.\n\nThey had gathered at the Riverside Trade and Exhibition Hall in Phnom Penh for a mass meeting marking the 40th anniversary of January 7, 1979.";

        var found = EventOf(file);

        Assert.Equal("mass meeting", found?.Kind);
        Assert.Equal(new DateOnly(2019, 1, 7), found?.Date);
    }

    [Theory]
    [InlineData("date 2020-01-06 Kampot, January 6 (AKP) -- A seminar was held this morning at Sokha Bopha Institute to mark the 41st anniversary of January 7, 1979.", "kampot")]
    [InlineData("date 2020-01-06 Kampot, January 6 (AKP) -- A seminar was held this morning in Sokha Bopha Hall to mark the 41st anniversary of January 7, 1979.", "kampot")]
    public void A_venue_the_gazetteer_does_not_know_leaves_the_datelines_place(string file, string placeKey)
    {
        Assert.Equal(placeKey, EventOf(file)?.PlaceKey);
    }

    [Fact]
    public void The_reports_own_year_is_not_the_year_an_anniversary_counts_from()
    {
        var file = "date 2021-01-05 Greetings in Takeo\n\nA delegation on January 4 visited the Takeo provincial hall on the occasion of the 42nd anniversary of the January 7 Victory and the New Year 2021.";

        var anniversary = EventOf(file)?.Anniversary;

        Assert.Equal(42, anniversary?.Ordinal);
        Assert.Equal(new DateOnly(1979, 1, 7), anniversary?.Of);
    }

    [Theory]
    [InlineData("The concert was led by Chea Sok, Governor of Kampot province, with Lim Dara, Deputy Governor, in attendance.", "lim dara", "Deputy Governor")]
    [InlineData("Thanks to the leadership of Sar Kheng, Minister of Interior, Kampot had grown into a busy town.", "sar kheng", "Minister of Interior")]
    [InlineData("Mr. Pen Vuthy, 58, a ferryman, said the crossing was quiet that year.", "pen vuthy", "a ferryman")]
    public void A_role_after_a_name_stops_where_the_sentence_goes_on(string paragraph, string key, string role)
    {
        Assert.Equal(role, RoleOf(paragraph, key));
    }

    [Fact]
    public void A_players_position_opening_the_sentence_is_a_title_not_part_of_the_name()
    {
        var facts = Facts(Lead, "Goalkeeper Lê Văn Hải, 21, kept a clean sheet for the home side.");

        Assert.Equal("Goalkeeper", facts.People.Single(p => p.Key == "le van hai").Role);
    }

    [Fact]
    public void A_district_of_two_words_opening_the_sentence_belongs_to_the_title_before_a_name()
    {
        Assert.Equal("Ek Phnom district governor", RoleOf("Ek Phnom district governor Sok Chanthy said the road was new.", "sok chanthy"));
    }
}

using Anniversary.Archive.Extraction;
using Anniversary.Archive.Parsing;

using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The fifth round of issue 20's rules, each on a small input of invented text: roles that say what a person does
/// rather than a post, posts of several words, speech frames and verbs of the family, and event places and kinds
/// written in the forms the family uses.
/// </summary>
public sealed class FifthRoundRulesTests
{
    private static string? RoleOf(string paragraph, string key) => Facts(Lead, paragraph).People.Single(p => p.Key == key).Role;

    [Theory]
    [InlineData("Near the stupa, rubber farmer Chea Sokun said he had lost his parents in 1977.", "chea sokun", "rubber farmer")]
    [InlineData("Economic analyst Lim Dara said the anniversary still divided opinion.", "lim dara", "Economic analyst")]
    [InlineData("Meas Sophal, a third-year law student from Kandal province, thanked the organisers.", "meas sophal", "a third-year law student from Kandal province")]
    [InlineData("Colonel Trần Thị Mai, the library’s deputy director, said the letters had been donated.", "tran thi mai", "the library’s deputy director")]
    [InlineData("At the end, Oknha Ly Heng, a pepper trader, donated 10 million riels to the school.", "ly heng", "a pepper trader")]
    public void What_a_person_does_is_their_role_before_or_after_the_name(string paragraph, string key, string role)
    {
        Assert.Equal(role, RoleOf(paragraph, key));
    }

    [Fact]
    public void A_possessive_phrase_that_ends_in_no_post_is_no_role()
    {
        Assert.Null(RoleOf("Khieu Sambath, the regime’s most senior surviving leaders, was not named.", "khieu sambath"));
    }

    [Theory]
    [InlineData("Consul General Lim Vanna said the consulate would fund ten scholarships.", "lim vanna", "Consul General")]
    [InlineData("Students laid flowers together with provincial governor Ouk Sam and his deputies.", "ouk sam", "provincial governor")]
    [InlineData("Candlelight Party lawmaker Sok Pisey said his party honoured the victims.", "sok pisey", "Candlelight Party lawmaker")]
    [InlineData("The ceremony was led by H.E. Chan Rithy, Deputy Governor of Kandal province, in the presence of local monks.", "chan rithy", "Deputy Governor of Kandal province")]
    public void Posts_of_several_words_are_read_whole(string paragraph, string key, string role)
    {
        Assert.Equal(role, RoleOf(paragraph, key));
    }

    [Fact]
    public void A_role_word_glued_to_the_name_is_the_role_not_the_name()
    {
        var facts = Facts(Lead, "Survivor Nguyễn Thị Bé, 79, who lost her sons at the pagoda, told reporters that she came every year.");

        var person = facts.People.Single(p => p.Key == "nguyen thi be");
        Assert.Equal("Survivor", person.Role);
        Assert.Equal([("nguyen thi be", 2)], Statements(facts));
    }

    [Fact]
    public void Speech_of_the_family_carried_on_by_she_he_went_on_and_in_her_view()
    {
        var facts = Facts(Lead,
            "Vice Chairwoman of the provincial People’s Committee Trần Thị Lan said the soldiers had answered the call.",
            "She encouraged the students to visit the memorial.",
            "Deputy Governor Ouk Sam recalled the battles of 1979.",
            "He went on: “We owe them our lives.”",
            "In Lan’s view, the young must hear these stories.");

        Assert.Equal([("tran thi lan", 2), ("tran thi lan", 3), ("ouk sam", 4), ("ouk sam", 5), ("tran thi lan", 6)], Statements(facts));
    }

    [Fact]
    public void Described_how_she_tells_the_speakers_gender()
    {
        var facts = Facts(Lead,
            "Lok Chumteav Nuon Sreymom, Director of the provincial Department of Education, opened the meeting.",
            "Sam Bopha, who was 20 in 1975, described how she had dug canals for three years.",
            "“We ate rice soup once a day,” she said.");

        Assert.Equal([("sam bopha", 3), ("sam bopha", 4)], Statements(facts));
    }

    [Fact]
    public void A_reporter_and_an_acronym_in_brackets_is_a_byline_not_a_person()
    {
        var article = SeedParser.Parse("date 2022-01-06 " + Lead + "\n\nGovernor Chea Sokha said the day was a rebirth.\n\nNguyễn Hòa (QĐND)\n").Article!;

        Assert.Equal("Nguyễn Hòa (QĐND)", article.Byline);
        Assert.DoesNotContain(ArticleExtractor.Extract(article).People, p => p.Key == "nguyen hoa");
    }

    [Theory]
    [InlineData("date 2021-01-06 Deputy Minister Trần Văn Hải on January 5 led a delegation to visit and extend greetings to the Cambodian Embassy in Hà Nội on the 42nd anniversary of the January 7 Victory.", "greetings visit", "hanoi")]
    [InlineData("date 2020-01-08 Some 8,000 people filled the Svay Rieng provincial stadium yesterday to celebrate the 41st anniversary of January 7, 1979.", "celebration", "svayrieng")]
    [InlineData("date 2020-01-07 A celebration of the 41st anniversary of the January 7 Victory took place this morning at the Takeo provincial hall in Doun Kaev town.", "celebration", "dounkaev")]
    [InlineData("date 2021-01-06 Tây Ninh province held a meeting on January 5 to mark the 42nd anniversary of the January 7 Victory, with delegations from Cambodia’s Svay Rieng and Prey Veng provinces.", "meeting", "tayninh")]
    [InlineData("date 2019-01-05 Đồng Tháp province held a get-together on January 4 with a delegation of Prey Veng province to mark the 40th anniversary of the January 7 Victory.", "gathering", "dongthap")]
    public void Event_kinds_and_places_of_the_family_are_read(string file, string kind, string placeKey)
    {
        var e = EventOf(file);

        Assert.Equal((kind, placeKey), (e?.Kind, e?.PlaceKey));
    }
}

using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The third round of issue 20's rules, each on a small input of invented text: descriptive roles, a word
/// before a title, speakers known by age and home or by an honorific alone, quotes closed without being
/// reopened, and a place the anniversary is of.
/// </summary>
public sealed class ThirdRoundRulesTests
{
    private static ArticleFacts Facts(params string[] paragraphs) => ArticleExtractor.Extract(Articles.Of(paragraphs));

    [Theory]
    [InlineData("The ceremony was presided over by Kim Sovann, a member of the party’s Central Committee.", "a member of the party’s Central Committee")]
    [InlineData("According to Kim Sovann, a lecturer at the provincial college, few students know the story.", "a lecturer at the provincial college")]
    [InlineData("Opposition lawmaker Kim Sovann said the day belonged to everyone.", "Opposition lawmaker")]
    [InlineData("Addressing the event, association Vice Chairman Kim Sovann said the members would meet again.", "association Vice Chairman")]
    [InlineData("Provincial Governor Kim Sovann told the crowd that the province had been rebuilt.", "Provincial Governor")]
    public void A_role_is_read_as_written_with_its_opening_word(string paragraph, string role)
    {
        var person = Facts("A ceremony was held in Takeo on January 6.", paragraph).People.Single(p => p.Key == "kim sovann");

        Assert.Equal(role, person.Role);
    }

    [Theory]
    [InlineData("Academy president Kim Sovann said the archive would open to students.", "Academy president")]
    [InlineData("Former volunteer doctor Kim Sovann said she had worked in Kampong Thom.", "Former volunteer doctor")]
    [InlineData("Retired soldier Kim Sovann recounted the march on the capital.", "Retired soldier")]
    public void A_body_word_a_lower_case_doctor_or_soldier_stays_in_the_role(string paragraph, string role)
    {
        var person = Facts("A seminar was held in Phnom Penh on January 6.", paragraph).People.Single(p => p.Key == "kim sovann");

        Assert.Equal(role, person.Role);
    }

    [Fact]
    public void For_his_part_frames_a_statement()
    {
        var statements = Facts(
            "A delegation paid a greetings visit to the Military Command in Tây Ninh on January 5.",
            "For his part, General Chea Sovann extended greetings to the officers and expressed thanks for their help.").Statements;

        Assert.Equal([("chea sovann", 2)], statements.Select(s => (s.PersonKey, s.Paragraph)));
    }

    [Fact]
    public void A_name_ending_its_phrase_after_near_the_is_a_place()
    {
        var people = Facts("Sum Sokha said he had lost his wife in a cooperative near the Tonle Sap.").People;

        Assert.Equal(["sum sokha"], people.Select(p => p.Key));
    }

    [Fact]
    public void The_lead_that_tells_the_event_by_a_verb_gives_its_place_when_a_later_paragraph_names_it()
    {
        var facts = Facts(
            "Provincial authorities of Banteay Meanchey on Saturday inaugurated a garden around the friendship monument.",
            "The inauguration was attended by Mr Lê Văn Hòa, Consul General of Vietnam in Battambang.");

        Assert.Equal(("inauguration", "banteaymeanchey"), (facts.Event?.Kind, facts.Event?.PlaceKey));
    }

    [Fact]
    public void What_a_person_lived_through_is_not_a_role()
    {
        var person = Facts("“I found my unit in the photos,” said Colonel Lê Văn Sáu, a veteran of the battle for the citadel.").People.Single();

        Assert.Equal("Colonel", person.Role);
    }

    [Theory]
    [InlineData("Keo Sokha, 68, from Bati district, told the crowd that she had lost her parents.")]
    [InlineData("Veteran Lê Văn Sáu, 70, from Long Xuyên city, told of the night his unit crossed the river.")]
    public void A_speaker_known_by_age_and_home_is_read(string paragraph)
    {
        var statement = Assert.Single(Facts("A get-together was held in Takeo on January 6.", paragraph).Statements);

        Assert.Equal(2, statement.Paragraph);
    }

    [Fact]
    public void An_honorific_alone_stands_for_the_person_who_bore_it()
    {
        var facts = Facts(
            "Samdech Moha Borvor Thipadei Hun Manet, Prime Minister, presided over the inauguration in Kratie.",
            "Speaking at the ceremony, Samdech Thipadei said the bridge would serve 300,000 people.",
            "He recalled that the province was liberated in early January 1979.");

        Assert.Equal([("hun manet", 2), ("hun manet", 3)], facts.Statements.Select(s => (s.PersonKey, s.Paragraph)));
        Assert.Single(facts.People);
    }

    [Fact]
    public void The_rank_alone_after_the_stands_for_the_officer_who_holds_it()
    {
        var facts = Facts(
            "A delegation paid a greetings visit to the Military Command in Tây Ninh on January 5.",
            "Receiving the delegation, Colonel Trần Văn Bảy, Commander of the provincial Military Command, thanked the guests.",
            "The Colonel affirmed that the Command would keep sharing information.");

        Assert.Equal([("tran van bay", 2), ("tran van bay", 3)], facts.Statements.Select(s => (s.PersonKey, s.Paragraph)));
    }

    [Fact]
    public void The_leader_of_a_nationality_is_the_person_whose_role_names_that_country()
    {
        var facts = Facts(
            "Speaking at the ceremony in Phnom Penh, Hun Manet, Prime Minister of Cambodia, said peace came first.",
            "Vietnamese Ambassador Trịnh Văn Hòa said Vietnam would stand by Cambodia.",
            "The Cambodian leader called on the young to protect peace.");

        Assert.Equal([("hun manet", 1), ("trinh van hoa", 2), ("hun manet", 3)], facts.Statements.Select(s => (s.PersonKey, s.Paragraph)));
    }

    [Fact]
    public void The_premier_is_the_prime_minister()
    {
        var facts = Facts(
            "Prime Minister Hun Sen presided over the meeting in Phnom Penh.",
            "The Premier expressed gratitude to the volunteer soldiers.",
            "He also warned the young against those who deny history.");

        Assert.Equal([("hun sen", 2), ("hun sen", 3)], facts.Statements.Select(s => (s.PersonKey, s.Paragraph)));
    }

    [Fact]
    public void A_quote_opened_in_one_paragraph_and_only_closed_in_the_next_is_one_speakers()
    {
        var statements = Facts(
            "Veterans met in Long Xuyên on January 5.",
            "“Forty years ago this week, our regiment crossed the border.",
            "Three days later we were in Takeo,” said Mr Lâm Văn Bé, Chairman of the provincial Veterans’ Association.").Statements;

        Assert.Equal([("lam van be", 2), ("lam van be", 3)], statements.Select(s => (s.PersonKey, s.Paragraph)));
    }

    [Fact]
    public void A_place_the_anniversary_is_of_is_not_where_the_event_was()
    {
        var facts = Facts("On January 6, the Bình Dương provincial Military Command held a get-together to mark the 36th anniversary of the liberation of Phnom Penh (January 7, 1979 - January 7, 2015).");

        Assert.Equal("binhduong", facts.Event?.PlaceKey);
    }
}

using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The twelfth round, each rule on a small input of invented text in the family's style: a speaker after a name that ends
/// with "Sr." or "(retd.)", "X thanked Y, who said", "said X's widow, Y", "said the 80-year-old", "She said" after the one
/// person named before, a clause of time before the subject, "the monk said" after "Ven. X", "as he spoke" (no speech);
/// hyphenated ranks, a name syllable after an honorific, "the villagers of X" (a place), a body after "of" that is no one's role.
/// </summary>
public sealed class TwelfthRoundRulesTests
{
    [Theory]
    [InlineData("“The river was high that year,” Sok Rithy Sr. said.", "sok rithy sr")]
    [InlineData("Sok Rithy Jr., a teacher from Takeo, said the river was high that year.", "sok rithy jr")]
    [InlineData("“The river was high that year,” Colonel Đinh Văn Lực (retd.) said.", "dinh van luc")]
    [InlineData("“The river was high that year,” said Colonel Đinh Văn Lực (retd.).", "dinh van luc")]
    public void A_name_ending_with_an_abbreviation_or_a_parenthesis_still_speaks(string paragraph, string speaker)
    {
        Assert.Equal([(speaker, 2)], Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void The_rank_before_a_retired_officers_name_is_his_role()
    {
        var person = Assert.Single(Facts(Lead, "“The river was high that year,” said Colonel Đinh Văn Lực (retd.).").People);

        Assert.Equal("Colonel", person.Role);
    }

    [Fact]
    public void Who_said_after_the_one_thanked_gives_the_paragraph_to_them()
    {
        var facts = Facts(Lead, "Governor Chan Sophal thanked Colonel Đinh Văn Lực, who said the volunteers had only done their duty.");

        Assert.Equal([("dinh van luc", 2)], Statements(facts));
    }

    [Fact]
    public void The_widow_named_after_the_verb_speaks_not_the_husband()
    {
        var facts = Facts(Lead, "“He wrote every week,” said Đinh Văn Lực’s widow, Hồ Thị Lan, who kept the letters.");

        Assert.Equal([("ho thi lan", 2)], Statements(facts));
    }

    [Fact]
    public void The_year_old_after_the_verb_is_the_one_person_named_just_before()
    {
        var facts = Facts(Lead, "Mao Sreymom lost two brothers in 1977.", "“We had nothing to eat,” said the 80-year-old, who lives in Kandal.");

        Assert.Equal([("mao sreymom", 3)], Statements(facts));
    }

    [Fact]
    public void A_pronoun_opening_a_paragraph_is_the_one_person_named_just_before()
    {
        var facts = Facts(Lead, "Mao Sreymom sells rice cakes near the old prison.", "She said she was nine when the soldiers came.");

        Assert.Equal([("mao sreymom", 3)], Statements(facts));
    }

    [Fact]
    public void A_clause_of_time_before_the_subject_leaves_the_subject_the_speaker()
    {
        var facts = Facts(Lead, "When a pupil asked about the battle, Colonel Đinh Văn Lực smiled and said nobody had slept for a week.");

        Assert.Equal([("dinh van luc", 2)], Statements(facts));
    }

    [Fact]
    public void The_monk_is_the_one_an_honorific_of_monks_named()
    {
        var facts = Facts(Lead, "Ven. Chhim Sokha led the prayers at the stupa.", "“Their suffering must be remembered,” the monk said.");

        Assert.Equal([("chhim sokha", 3)], Statements(facts));
    }

    [Theory]
    [InlineData("Governor Chan Sophal addressed a crowd of 6,000 in Takeo.", null)]
    [InlineData("Governor Chan Sophal addressed a crowd of veterans, saying the province owed them its freedom.", "chan sophal")]
    [InlineData("Governor Chan Sophal addressed the ceremony, saying the province owed them its freedom.", "chan sophal")]
    public void Addressing_a_crowd_says_nothing_until_what_was_said_follows(string paragraph, string? speaker)
    {
        Assert.Equal(speaker is null ? [] : [(speaker, 2)], Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void The_holder_of_a_post_named_with_a_nationality_speaks()
    {
        var facts = Facts(Lead, "The delegation was led by Chan Sophal, Deputy Governor of Takeo province.", "The Cambodian deputy governor also said Takeo would welcome them.");

        Assert.Equal([("chan sophal", 3)], Statements(facts));
    }

    [Fact]
    public void A_name_inside_the_quotation_before_he_said_is_not_its_speaker()
    {
        var facts = Facts(Lead, "Chan Sophal, 55, a driver, said he had brought his grandchildren.", "“They are bored when I talk about Pol Pot. Today they listened,” he said.");

        Assert.Equal([("chan sophal", 2), ("chan sophal", 3)], Statements(facts));
    }

    [Fact]
    public void A_guests_post_ends_where_the_next_guests_title_begins()
    {
        var people = Facts(Lead, "In attendance were Lt. Gen. Đinh Văn Lực, former Deputy Commander of Military Region 9, Cambodian Ambassador to Vietnam Chan Sophal, and 300 veterans.").People;

        Assert.Equal("former Deputy Commander of Military Region 9", people.Single(p => p.Key == "dinh van luc").Role);
    }

    [Fact]
    public void Headmaster_before_a_name_is_a_title_not_part_of_the_name()
    {
        var facts = Facts(Lead, "Headmaster Chan Sophal said the pupils had studied in a wooden building for 20 years.");

        Assert.Equal([("chan sophal", 2)], Statements(facts));
        Assert.Equal("Headmaster", Assert.Single(facts.People).Role);
    }

    [Fact]
    public void What_someone_told_another_gathering_before_this_one_is_no_statement_here()
    {
        var facts = Facts(Lead, "“We will never forget,” he said, a day after Prime Minister Chan Sophal told a rally in Takeo that the victory was the nation's rebirth.");

        Assert.DoesNotContain(facts.Statements, s => s.PersonKey == "chan sophal");
        Assert.NotEqual(Model.Part.Speaker, facts.People.Single(p => p.Key == "chan sophal").Part);
    }

    [Theory]
    [InlineData("The pupils listened in silence as he spoke.")]
    [InlineData("The pupils listened as he spoke, and some of them took notes.")]
    public void Listening_as_someone_spoke_is_no_statement(string paragraph)
    {
        var facts = Facts(Lead, "“We crossed at dawn,” said veteran Đinh Văn Lực.", paragraph);

        Assert.Equal([("dinh van luc", 2)], Statements(facts));
    }

    [Fact]
    public void An_honorary_post_between_commas_is_the_speakers_role()
    {
        var person = Assert.Single(Facts(Lead, "Chan Sophal, honorary president of the friendship association, said the day was a second birthday.").People);

        Assert.Equal("honorary president of the friendship association", person.Role);
        Assert.Equal(Model.Part.Speaker, person.Part);
    }

    [Theory]
    [InlineData("Keo Sina, a 67-year-old vendor from Kandal province, said the market was rebuilt.", "a 67-year-old vendor from Kandal province")]
    [InlineData("Keo Sina, an 80-year-old villager, said the market was rebuilt.", "an 80-year-old villager")]
    [InlineData("Lieutenant-General Đinh Văn Lực (retd.), head of the liaison board, said the market was rebuilt.", "head of the liaison board")]
    [InlineData("The event was chaired by Chairman of the city’s Veterans’ Association Đinh Văn Lực.", "Chairman of the city’s Veterans’ Association")]
    public void A_post_is_read_past_an_age_a_parenthesis_and_a_plural_possessive(string paragraph, string role)
    {
        Assert.Equal(role, Assert.Single(Facts(Lead, paragraph).People).Role);
    }

    [Fact]
    public void The_name_before_of_and_a_body_speaks()
    {
        var facts = Facts(Lead, "Researcher Chan Sophal of the Documentation Center of Cambodia said the site held 10,000 graves.");

        Assert.Equal([("chan sophal", 2)], Statements(facts));
    }

    [Fact]
    public void The_subject_after_its_title_with_of_the_speaks_after_and()
    {
        var facts = Facts(Lead, "Vice Chairman of the municipal People’s Committee Đinh Văn Lực opened the exhibition and said 6,000 men had served.");

        Assert.Equal([("dinh van luc", 2)], Statements(facts));
    }

    [Fact]
    public void The_one_described_with_a_noun_after_the_verb_speaks()
    {
        var facts = Facts(Lead, "Among the visitors was Đinh Văn Lực, 71, a former navy engineer.", "“I found my unit in the photos,” said the former navy engineer.");

        Assert.Equal([("dinh van luc", 3)], Statements(facts));
    }

    [Fact]
    public void Two_reporters_signing_together_are_no_people_of_the_report()
    {
        Assert.Empty(Facts(Lead, "Ngin Sophal and Ben Miller - The Phnom Penh Post").People);
    }

    [Fact]
    public void Marking_so_many_years_since_a_day_is_that_anniversary()
    {
        var file = "date 2016-01-08 Survivors remember\n\nHundreds gathered at a pagoda in Battambang yesterday for a ceremony marking 37 years since the fall of the Khmer Rouge regime on January 7, 1979.";

        var anniversary = EventOf(file)?.Anniversary;

        Assert.Equal((37, new DateOnly(1979, 1, 7)), (anniversary?.Ordinal, anniversary?.Of));
    }

    [Fact]
    public void The_jan_7_victory_is_counted_from_before_a_month_named_later()
    {
        var file = "date 2019-01-08 Snuol marks the day\n\nThousands attended a mass meeting in Kratie on Monday to mark the 40th anniversary of the Jan. 7 victory, in the district where the front was founded in December 1978.";

        var anniversary = EventOf(file)?.Anniversary;

        Assert.Equal((40, new DateOnly(1979, 1, 7), global::Anniversary.Archive.Text.DatePrecision.Day), (anniversary?.Ordinal, anniversary?.Of, anniversary?.Precision));
    }

    [Fact]
    public void The_province_greeted_is_where_a_greetings_visit_took_place()
    {
        var file = "date 2019-01-06 Greetings\n\nTây Ninh (VNA) – A delegation of Cambodia’s Svay Rieng province led by its Governor Chan Sophal on January 5 visited and extended greetings to the leaders of Tây Ninh province on the occasion of the 40th anniversary of the January 7 Victory.";

        Assert.Equal("tayninh", EventOf(file)?.PlaceKey);
    }

    [Theory]
    [InlineData("Lieutenant-General")]
    [InlineData("Senior Lieutenant-General")]
    public void A_rank_written_with_hyphens_is_a_rank(string rank)
    {
        var person = Assert.Single(Facts(Lead, $"“We will not forget,” said {rank} Đinh Văn Lực.").People);

        Assert.Equal(("dinh van luc", rank), (person.Key, person.Role));
    }

    [Fact]
    public void A_name_syllable_after_an_honorific_opens_a_name()
    {
        var people = Facts(Lead, "Lok Chumteav Nov Sreymom and H.E. Chan Sophal were among the guests.").People;

        Assert.Equal(["chan sophal", "nov sreymom"], people.Select(p => p.Key).Order());
    }

    [Fact]
    public void Lower_case_particles_between_the_words_of_a_name_are_part_of_it()
    {
        var people = Facts(Lead, "Dr. Ingrid van der Berg spoke with Professor Ana de Lima about the map.").People;

        Assert.Equal(["ana de lima", "ingrid van der berg"], people.Select(p => p.Key).Order());
    }

    [Theory]
    [InlineData("The governor thanked the villagers of Chrey Thom for tending the graves.")]
    [InlineData("The residents of Prey Sandek tend the graves.")]
    public void A_name_after_the_villagers_of_is_a_place(string paragraph)
    {
        Assert.Empty(Facts(Lead, paragraph).People);
    }

    [Fact]
    public void A_body_after_of_belongs_to_the_person_before_it_not_to_the_next_role()
    {
        var people = Facts(Lead, "Speaking at the event, Vice Chairman Lê Văn Hùng of the Tây Ninh People’s Committee and Governor Chan Sophal exchanged gifts.").People;

        Assert.Equal("Governor", people.Single(p => p.Key == "chan sophal").Role);
    }
}

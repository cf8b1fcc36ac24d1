using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The fourteenth round, each rule on a small input of invented text in the family's style: the misses the thirteenth
/// round's probe and held-out sets left.
/// </summary>
public sealed class FourteenthRoundRulesTests
{
    [Fact]
    public void The_premier_is_the_prime_minister_named_before_even_when_no_one_has_spoken_yet()
    {
        var facts = Facts(Lead,
            "Prime Minister Meas Sokhon laid a wreath at the orchard and stood in silence for a minute.",
            "The premier later told the crowd that the orchard had outlived the war.");

        Assert.Equal([("meas sokhon", 3)], Statements(facts));
    }

    [Fact]
    public void The_premier_is_the_prime_minister_rather_than_the_speaker_read_last()
    {
        var facts = Facts(Lead,
            "Prime Minister Meas Sokhon laid a wreath at the orchard.",
            "Governor Trần Thị Lan said the province would keep it open all year.",
            "The premier later told the crowd that the orchard had outlived the war.");

        Assert.Equal([("meas sokhon", 4), ("tran thi lan", 3)], Statements(facts).Order());
    }

    [Fact]
    public void A_noun_that_stands_for_no_post_is_still_the_speaker_read_last_who_holds_one()
    {
        var facts = Facts(Lead,
            "Consul Trần Thị Lan said the consulate would pay for a fence.",
            "The official added that the orchard had outlived the war.");

        Assert.Equal([("tran thi lan", 2), ("tran thi lan", 3)], Statements(facts));
    }

    [Theory]
    [InlineData("Ambassador Thai Van Minh said the orchard would stay open.", "thai van minh", "Ambassador")]
    [InlineData("Minister Lao Meng Khin said the orchard would stay open.", "lao meng khin", "Minister")]
    [InlineData("Senior General Nguyen Van Thai said the orchard would stay open.", "nguyen van thai", "Senior General")]
    [InlineData("Thai Ambassador Somchai Wong said the orchard would stay open.", "somchai wong", "Thai Ambassador")]
    public void A_name_syllable_spelled_like_a_nationality_is_a_name_after_a_title_or_inside_a_name(string paragraph, string key, string role)
    {
        var person = Assert.Single(Facts(Lead, paragraph).People);

        Assert.Equal((key, role), (person.Key, person.Role));
    }

    [Fact]
    public void A_nationality_after_a_name_that_is_no_name_syllable_stays_out_of_the_name()
    {
        var facts = Facts(Lead, "He condemned the Pol Pot Khmer Rouge regime, Governor Meas Sokhon said.");

        Assert.DoesNotContain(facts.People, p => p.Key.Contains("khmer"));
        Assert.Equal([("meas sokhon", 2)], Statements(facts));
    }

    [Fact]
    public void A_given_name_spelled_like_a_nationality_after_a_title_is_the_person_named_before()
    {
        var facts = Facts(Lead,
            "The delegation was led by Ambassador Pham Quoc Thai.",
            "Speaking at the monument, Ambassador Thai said the friendship had to be passed on.");

        Assert.Equal([("pham quoc thai", 3)], Statements(facts));
    }

    [Fact]
    public void Two_people_named_inside_a_quotation_are_not_its_speakers()
    {
        var facts = Facts(Lead, "“Meas Sokhon and Trần Thị Lan told us to run,” recalled Keo Bopha.");

        Assert.Equal([("keo bopha", 2)], Statements(facts));
    }

    [Fact]
    public void A_person_named_in_a_quotation_carried_on_from_the_paragraph_before_is_no_second_speaker()
    {
        var facts = Facts(Lead,
            "“We walked for days,” said Mr. Keo Bopha. “The soldiers were behind us.",
            "Our unit reached the river. Nguyễn Thị Hoa told us to wait. Trần Thị Lan said the river was too deep,” he recalled.");

        Assert.Equal([("keo bopha", 2), ("keo bopha", 3)], Statements(facts));
    }

    [Theory]
    [InlineData("In their speeches Sokhon and Lan said the orchard should stay open all year.")]
    [InlineData("Chairman Meas Sokhon of the Tây Ninh People’s Committee and Consul Trần Thị Lan said the orchard should stay open.")]
    public void Two_speakers_joined_by_and_after_a_possessive_or_a_body_both_speak(string paragraph)
    {
        var facts = Facts(Lead, "Governor Meas Sokhon and Consul Trần Thị Lan arrived at the orchard at dawn.", paragraph);

        Assert.Equal([("meas sokhon", 3), ("tran thi lan", 3)], Statements(facts).Order());
    }

    [Theory]
    [InlineData("The governor thanked Keo Bopha, a survivor, and Trần Thị Lan recalled how the orchard was planted.", "tran thi lan")]
    [InlineData("Meas Sokhon recalled the night of January 6. Trần Thị Lan told him to hide in the rice field, he said.", "meas sokhon")]
    public void One_thanked_or_named_in_the_words_of_another_is_no_second_speaker(string paragraph, string speaker)
    {
        Assert.Equal([(speaker, 2)], Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void An_interview_answers_are_the_words_of_the_person_introduced_first()
    {
        var facts = Facts(Lead,
            "Khmer Times spoke to General Meas Sokhon about his years beside Keo Bopha.",
            "Q: Where were you on January 7?",
            "A: On the road to Takhmao, with my unit.");

        Assert.Equal([("meas sokhon", 4)], Statements(facts));
    }

    [Theory]
    [InlineData("Meas Sokhon, Keo Bopha and Trần Thị Lan said the orchard should stay open all year.")]
    [InlineData("Veterans Meas Sokhon, Keo Bopha and Trần Thị Lan recalled that the orchard was planted in 1980.")]
    [InlineData("Governor Meas Sokhon, Deputy Governor Keo Bopha and Consul Trần Thị Lan said the orchard should stay open.")]
    public void Three_people_listed_as_the_subject_of_a_speech_verb_all_speak(string paragraph)
    {
        Assert.Equal([("keo bopha", 2), ("meas sokhon", 2), ("tran thi lan", 2)], Statements(Facts(Lead, paragraph)).Order());
    }

    [Fact]
    public void Three_people_thanked_in_a_list_are_not_speakers()
    {
        var facts = Facts(Lead, "The governor thanked Meas Sokhon, Keo Bopha and Trần Thị Lan, who recalled that the orchard was planted in 1980.");

        Assert.DoesNotContain(Statements(facts), s => s.Speaker == "meas sokhon");
    }

    [Fact]
    public void Quotations_alone_after_a_speaker_are_all_theirs()
    {
        var facts = Facts(Lead,
            "Meas Sokhon told reporters that the orchard had outlived the war.",
            "“Some of the trees were planted by soldiers.”",
            "“Some were planted by their children.”",
            "“All of them are ours now.”");

        Assert.Equal([("meas sokhon", 2), ("meas sokhon", 3), ("meas sokhon", 4), ("meas sokhon", 5)], Statements(facts));
    }

    [Fact]
    public void The_diplomat_is_the_ambassador_rather_than_another_official_who_spoke_after()
    {
        var facts = Facts(Lead,
            "The guests included Cambodian Ambassador Meas Sokhon.",
            "The ambassador thanked the volunteer soldiers.",
            "Vice Chairman Trần Văn Lâm said the association would keep the orchard.",
            "“The orchard is the friendship itself,” the diplomat said.");

        Assert.Equal([("meas sokhon", 3), ("meas sokhon", 5), ("tran van lam", 4)], Statements(facts).Order());
    }

    [Fact]
    public void A_short_name_spelled_like_an_auxiliary_verb_speaks()
    {
        var facts = Facts(Lead, "Papers were presented by Lý Thị Bé, a former army nurse.", "Bé told reporters the help was important.");

        Assert.Equal([("ly thi be", 3)], Statements(facts));
    }

    [Fact]
    public void A_name_syllable_spelled_like_an_english_word_opens_a_name_that_an_age_follows()
    {
        var facts = Facts(Lead,
            "Survivors were invited onto the stage: Chhim Sarun, 71, a retired teacher; Nov Ratha, 66, a farmer; and Ly Sophat, 63, a former nurse.",
            "Chhim Sarun, Nov Ratha and Ly Sophat said they had been forced to dig canals.");

        Assert.Contains(facts.People, p => p.Key == "nov ratha" && p.Role == "a farmer");
        Assert.Equal([("chhim sarun", 3), ("ly sophat", 3), ("nov ratha", 3)], Statements(facts).Order());
    }
}

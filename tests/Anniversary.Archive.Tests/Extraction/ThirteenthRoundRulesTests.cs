using Anniversary.Archive.Model;
using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The thirteenth round, each rule on a small input of invented text in the family's style: two people who speak in one
/// paragraph ("X and Y said", "X said …, while Y said …", a second sentence of another speaker), and what is not a second
/// speaker (one named inside the words reported, or inside a quotation).
/// </summary>
public sealed class ThirteenthRoundRulesTests
{
    [Theory]
    [InlineData("Deputy Governor Meas Sokhon and Vietnamese Consul Trần Thị Lan both said the orchard should stay open all year.")]
    [InlineData("Meas Sokhon and Trần Thị Lan said the orchard should stay open all year.")]
    [InlineData("Veterans Meas Sokhon and Trần Thị Lan recalled that the orchard was planted in 1980.")]
    [InlineData("Meas Sokhon said the orchard should stay open, while Trần Thị Lan said it needed a fence first.")]
    [InlineData("Meas Sokhon said the orchard should stay open all year. Trần Thị Lan, for her part, said it needed a fence first.")]
    [InlineData("Meas Sokhon said the orchard should stay open all year; Trần Thị Lan said it needed a fence first.")]
    [InlineData("Meas Sokhon said the orchard should stay open, but Trần Thị Lan disagreed, saying it needed a fence first.")]
    [InlineData("“The orchard should stay open,” said former Salvation Front fighters Meas Sokhon and Trần Thị Lan.")]
    [InlineData("Meas Sokhon and his Cambodian wife, Trần Thị Lan, said the orchard should stay open all year.")]
    [InlineData("Meas Sokhon, 70, a rice farmer, and Trần Thị Lan, 66, a retired teacher, said the orchard should stay open all year.")]
    [InlineData("Meas Sokhon, a former army doctor, and Trần Thị Lan, who drove trucks in 1979, said the orchard should stay open.")]
    [InlineData("Kratie provincial governor Meas Sokhon and Snuol district governor Trần Thị Lan said the orchard should stay open.")]
    [InlineData("Ambassador Meas Sokhon and Deputy Minister of Foreign Affairs Trần Thị Lan both highlighted the orchard.")]
    [InlineData("Lieutenant General Meas Sokhon and Maj. Gen. Trần Thị Lan shared memories of the orchard.")]
    [InlineData("Governor Meas Sokhon and Consul Trần Thị Lan laid wreaths at the orchard and said it should stay open.")]
    [InlineData("Speaking at the orchard, Governor Meas Sokhon and Consul Trần Thị Lan, who planted it, said it should stay open.")]
    [InlineData("Governor Meas Sokhon and Consul Trần Thị Lan agreed that the orchard should stay open.")]
    public void Two_people_who_speak_in_one_paragraph_each_have_the_statement(string paragraph)
    {
        var facts = Facts(Lead, paragraph);

        Assert.Equal([("meas sokhon", 2), ("tran thi lan", 2)], Statements(facts).Order());
        Assert.All(facts.People, p => Assert.Equal(Part.Speaker, p.Part));
    }

    [Theory]
    [InlineData("Meas Sokhon said that Trần Thị Lan had told him about the orchard in 1980.")]
    [InlineData("Meas Sokhon said: “The day Trần Thị Lan told us the war was over, we planted the orchard.”")]
    [InlineData("Meas Sokhon thanked Trần Thị Lan and said the orchard should stay open all year.")]
    [InlineData("Meas Sokhon said the orchard, which Trần Thị Lan and her friends planted, should stay open.")]
    public void One_named_in_the_words_reported_or_thanked_is_no_second_speaker(string paragraph)
    {
        Assert.Equal([("meas sokhon", 2)], Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void Each_of_two_speakers_keeps_the_paragraphs_framed_by_their_own_statements()
    {
        var facts = Facts(Lead,
            "Meas Sokhon and Trần Thị Lan said the orchard should stay open all year.",
            "Trần Thị Lan said the consulate would pay for a fence.");

        Assert.Equal([("meas sokhon", 2), ("tran thi lan", 2), ("tran thi lan", 3)], Statements(facts).Order());
    }

    [Fact]
    public void A_pair_after_a_frame_both_speak_whichever_the_frame_named_first()
    {
        var facts = Facts(Lead, "The ceremony was presided over by H.E. Sok Pisith, Governor, and Mr. Phạm Minh Đức, a representative of the embassy.",
            "Speaking to reporters after the ceremony, H.E. Pisith and Mr. Đức said the search would go on.");

        Assert.Equal([("pham minh duc", 3), ("sok pisith", 3)], Statements(facts).Order());
    }

    [Fact]
    public void A_name_before_a_dam_is_a_place()
    {
        var facts = Facts(Lead, "Hoeun Saroeun, 74, said she had lost her husband at a labour camp near the Kamping Puoy dam.");

        Assert.Equal(["hoeun saroeun"], facts.People.Select(p => p.Key));
    }

    [Fact]
    public void A_quotation_alone_after_a_speakers_words_is_theirs()
    {
        var facts = Facts(Lead, "Maj-Gen Meas Sokhon told reporters that 64 sets of remains had been found.", "\"Some of the sites were under new houses.\"");

        Assert.Equal([("meas sokhon", 2), ("meas sokhon", 3)], Statements(facts));
    }

    [Fact]
    public void The_answers_of_an_interview_are_the_words_of_the_one_interviewed()
    {
        var facts = Facts(Lead, "Khmer Times spoke to General Meas Sokhon, who commanded a battalion in Takeo.",
            "Q: Where were you on the morning of January 7, 1979?", "A: On the road to Takhmao.", "Q: What do you tell your grandchildren?", "A: To finish their rice.");

        Assert.Equal([("meas sokhon", 4), ("meas sokhon", 6)], Statements(facts));
    }

    [Fact]
    public void A_pronoun_stands_for_the_one_person_named_before_paragraphs_that_name_no_one()
    {
        var facts = Facts(Lead, "Kong Bopha was sixteen when she walked out of a cooperative in Pursat.",
            "Today she runs a small guesthouse in Battambang.", "She said she had never learned the medic's name.");

        Assert.Equal([("kong bopha", 4)], Statements(facts));
    }

    [Theory]
    [InlineData("\"My mother kept saying, 'They give us water,'\" said Chhorn Sreypov, a retired teacher.")]
    [InlineData("“My mother kept saying, ‘They give us water,’” said Chhorn Sreypov, a retired teacher.")]
    [InlineData("Chhorn Sreypov wrote on Facebook that she had taken her children to the memorial.")]
    [InlineData("Chhorn Sreypov, known to her pupils as “Teacher Pov”, said she still dreams of the river crossing.")]
    [InlineData("Chhorn Sreypov put it more bluntly: “The date is shared. The story is not.”")]
    public void Quotes_within_quotes_writing_that_nicknames_and_putting_it_plainly_are_the_speakers(string paragraph)
    {
        Assert.Equal([("chhorn sreypov", 2)], Statements(Facts(Lead, paragraph)));
    }

    [Theory]
    [InlineData("A letter from President Lương Cường, read out by Deputy Governor Khem Sambo, said the friendship would last.")]
    [InlineData("Deputy Governor Khem Sambo put the wreath on the monument: a ring of white lilies.")]
    public void A_letter_read_out_and_putting_a_thing_down_are_nobodys_statement(string paragraph)
    {
        Assert.Empty(Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void He_after_a_phrase_of_place_is_the_subject_of_his_sentence_not_the_last_speaker()
    {
        var facts = Facts(Lead, "Kim Sovannara, a researcher, said the ceremonies were honest.",
            "In Phnom Penh, Prime Minister Hun Sen led the official celebration, where he spoke of the party’s role.");

        Assert.Equal([("kim sovannara", 2), ("hun sen", 3)], Statements(facts));
    }

    [Fact]
    public void A_middle_initial_stays_in_the_name_and_a_nickname_in_quotes_is_nobody()
    {
        var people = Facts(Lead, "Dr. Henrik Vos presented a study with Peter J. Hallworth on the camps of 1979.",
            "Nguyễn Văn Bảy, whom the villagers still call “Bảy Thuốc”, returned to the district.").People;

        Assert.Equal(["henrik vos", "nguyen van bay", "peter j. hallworth"], people.Select(p => p.Key).Order());
    }

    [Theory]
    [InlineData("Nguyen Thao Vy said the exhibition was moving.", "nguyen thao vy")]
    [InlineData("Tran Thao Linh said the exhibition was moving.", "tran thao linh")]
    [InlineData("Thao Bounmy Sisouk said the exhibition was moving.", "bounmy sisouk")]
    public void Thao_is_a_name_between_two_name_words_and_an_honorific_before_them(string paragraph, string key)
    {
        Assert.Equal([(key, 2)], Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void Those_credited_with_reporting_or_translating_are_not_people_of_the_report()
    {
        var facts = Facts(Lead, "Governor Meas Sokhon said the orchard should stay open.",
            "Reported by Sok Vichea for the Khmer service. Translated by Nareth Muong. Written in English by Helen Carver.",
            "Translated from Khmer by Chea Rithy");

        Assert.Equal(["meas sokhon"], facts.People.Select(p => p.Key));
    }

    [Fact]
    public void An_anniversary_of_the_victory_counts_from_its_day_not_from_another_day_of_the_report()
    {
        var facts = Facts("The embassy offered incense at the monument in Phnom Penh on the morning of January 6, on the eve of the 45th anniversary of the Cambodian people’s victory over the Pol Pot genocidal regime.",
            "Veterans come to the monument every year on January 6 and 7.");

        Assert.Equal(new DateOnly(1979, 1, 7), facts.Event?.Anniversary?.Of);
    }
}

using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// Words given to a person without a speech verb, each on a small input of invented text in the family's style:
/// "as X put it" (<c>speechPhrasesAfterAs</c>) and a quotation signed with a dash; and a person described, not titled,
/// between commas before a speech verb ("X, a survivor, said"); "confided", "remembered" and other verbs of telling as speech; "the survivor said" for the person described as one;
/// a family name written in capitals ("Mr. CHEA Vannak"); quotations in straight marks that run on; "X: “…”".
/// </summary>
public sealed class EleventhRoundRulesTests
{
    [Theory]
    [InlineData("As Keo Sina put it, the victory gave the nation a second birth.", "keo sina")]
    [InlineData("As Ambassador Trần Văn Lộc put it, the victory gave the nation a second birth.", "tran van loc")]
    [InlineData("The victory, as Keo Sina put it, gave the nation a second birth.", "keo sina")]
    [InlineData("The victory gave the nation a second birth, as Keo Sina phrased it.", "keo sina")]
    public void As_someone_put_it_gives_the_sentence_to_them(string paragraph, string speaker)
    {
        Assert.Equal([(speaker, 2)], Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void As_he_put_it_gives_the_sentence_to_the_man_who_spoke_before()
    {
        var facts = Facts(Lead, "Keo Sina, a survivor, said the village was rebuilt.", "As he put it, the victory gave the nation a second birth.");

        Assert.Equal([("keo sina", 2), ("keo sina", 3)], Statements(facts));
    }

    [Theory]
    [InlineData("As Keo Sina put it on the table, the bell rang.")]
    [InlineData("Keo Sina put it on the table and left.")]
    [InlineData("As Keo Sina arrived, the bell rang.")]
    public void Putting_something_somewhere_is_not_speech(string paragraph)
    {
        Assert.Empty(Statements(Facts(Lead, paragraph)));
    }

    [Theory]
    [InlineData("“The victory gave the nation a second birth.” — Keo Sina")]
    [InlineData("“The victory gave the nation a second birth,” — Keo Sina, a survivor.")]
    [InlineData("“The victory gave the nation a second birth” – Keo Sina.")]
    public void A_quotation_signed_with_a_dash_is_the_signers(string paragraph)
    {
        Assert.Equal([("keo sina", 2)], Statements(Facts(Lead, paragraph)));
    }

    [Theory]
    [InlineData("The victory – Keo Sina recalled it often – gave the nation a second birth.", "keo sina")]
    [InlineData("The victory gave the nation a second birth — Keo Sina arrived later.", null)]
    public void A_dash_without_a_quotation_before_it_signs_nothing(string paragraph, string? speaker)
    {
        Assert.Equal(speaker is null ? [] : [(speaker, 2)], Statements(Facts(Lead, paragraph)));
    }

    [Theory]
    [InlineData("Keo Sina, a survivor, said the village was rebuilt.")]
    [InlineData("Keo Sina, a local resident, told reporters the village was rebuilt.")]
    [InlineData("Keo Sina, the widow of a soldier, recalled that the village was rebuilt.")]
    [InlineData("Keo Sina, an 80-year-old survivor, said the village was rebuilt.")]
    [InlineData("Keo Sina, one of the survivors, said the village was rebuilt.")]
    [InlineData("Keo Sina, now 80, said the village was rebuilt.")]
    [InlineData("Keo Sina, a friend of Sok Dara, said the village was rebuilt.")]
    [InlineData("Keo Sina, whose father was killed by the regime, said the village was rebuilt.")]
    [InlineData("Keo Sina, aged 80, said the village was rebuilt.")]
    [InlineData("Keo Sina, then a young soldier, recalled that the village was rebuilt.")]
    [InlineData("Keo Sina, formerly a nurse, said the village was rebuilt.")]
    [InlineData("Keo Sina, also a survivor, said the village was rebuilt.")]
    [InlineData("Keo Sina, holding a photo of her father, said the village was rebuilt.")]
    [InlineData("Keo Sina, speaking through an interpreter, said the village was rebuilt.")]
    public void A_person_described_between_commas_before_the_verb_speaks(string paragraph)
    {
        var facts = Facts(Lead, paragraph);

        Assert.Equal([("keo sina", 2)], Statements(facts));
        Assert.Null(facts.People.Single(p => p.Key == "keo sina").Role);
    }

    [Theory]
    [InlineData("Thanking Keo Sina, a survivor, the organisers said the village was rebuilt.")]
    [InlineData("Keo Sina, a survivor, and the organisers said the village was rebuilt.")]
    [InlineData("Keo Sina, Sok Dara, said the village was rebuilt.")]
    [InlineData("Keo Sina, a survivor who said little, wept.")]
    public void A_description_that_is_not_the_subjects_gives_no_statement_to_the_person_before_it(string paragraph)
    {
        Assert.DoesNotContain(Statements(Facts(Lead, paragraph)), statement => statement.Speaker == "keo sina");
    }

    [Theory]
    [InlineData("Keo Sina confided that the village was rebuilt.")]
    [InlineData("Keo Sina remembered that the village was rebuilt.")]
    [InlineData("Keo Sina requested that the village be rebuilt.")]
    [InlineData("Keo Sina reminisced about the village before the war.")]
    [InlineData("Keo Sina admitted that the village was rebuilt late.")]
    [InlineData("Keo Sina joked that the village was rebuilt twice.")]
    [InlineData("Keo Sina wrote that the village was rebuilt.")]
    public void Confiding_remembering_and_other_ways_of_telling_are_statements(string paragraph)
    {
        Assert.Equal([("keo sina", 2)], Statements(Facts(Lead, paragraph)));
    }

    [Theory]
    [InlineData("Keo Sina was remembered as a hero of the village.")]
    [InlineData("The villagers remembered Keo Sina as a hero.")]
    public void Being_remembered_is_not_a_statement(string paragraph)
    {
        Assert.Empty(Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void Writing_something_other_than_what_happened_is_not_a_statement()
    {
        Assert.Empty(Statements(Facts(Lead, "Keo Sina wrote a book about the village.")));
    }

    [Theory]
    [InlineData("Keo Sina, a survivor, came back to the village.", "“The village was rebuilt,” the survivor said.", "keo sina")]
    [InlineData("Keo Sina, 80, a survivor of the regime, came back.", "“The village was rebuilt,” the elderly survivor recalled.", "keo sina")]
    [InlineData("Keo Sina, a survivor, and Sok Dara, a teacher, came back.", "“The village was rebuilt,” the teacher said.", "sok dara")]
    public void The_noun_that_described_someone_points_back_to_them(string before, string paragraph, string speaker)
    {
        Assert.Equal([(speaker, 3)], Statements(Facts(Lead, before, paragraph)));
    }

    [Theory]
    [InlineData("Keo Sina, a survivor, came back to the village.", "“The village was rebuilt,” the ministry said.")]
    [InlineData("Keo Sina came back to the village.", "“The village was rebuilt,” the survivor said.")]
    public void A_noun_that_described_no_one_points_back_to_no_one(string before, string paragraph)
    {
        Assert.Empty(Statements(Facts(Lead, before, paragraph)));
    }

    [Theory]
    [InlineData("“The village was rebuilt,” recalled 80-year-old Keo Sina.")]
    [InlineData("“The village was rebuilt,” said 80-year-old survivor Keo Sina.")]
    public void An_age_between_the_verb_and_the_name_after_it_keeps_the_speaker(string paragraph)
    {
        Assert.Equal([("keo sina", 2)], Statements(Facts(Lead, paragraph)));
    }

    [Theory]
    [InlineData("Mr. CHEA Vannak, a survivor, said the ties were strong.", "CHEA Vannak", "chea vannak")]
    [InlineData("H.E. SAR Sokha said the ties were strong.", "SAR Sokha", "sar sokha")]
    [InlineData("Minister SAR Sokha said the ties were strong.", "SAR Sokha", "sar sokha")]
    [InlineData("CHEA Vannak said the ties were strong.", "CHEA Vannak", "chea vannak")]
    [InlineData("NGUYỄN Văn An said the ties were strong.", "NGUYỄN Văn An", "nguyen van an")]
    public void A_family_name_written_in_capitals_opens_the_name(string paragraph, string name, string key)
    {
        var facts = Facts(Lead, paragraph);

        Assert.Equal([(key, 2)], Statements(facts));
        Assert.Equal(name, facts.People.Single(p => p.Key == key).Name);
    }

    [Fact]
    public void A_family_name_in_capitals_and_the_same_name_written_as_usual_are_one_person()
    {
        var facts = Facts(Lead, "Mr. CHEA Vannak said the ties were strong.", "Chea Vannak added that the border was calm.");

        Assert.Equal([("chea vannak", 2), ("chea vannak", 3)], Statements(facts));
        Assert.Single(facts.People);
    }

    [Theory]
    [InlineData("The VNA Director opened the exhibition.")]
    [InlineData("ASEAN Secretariat officials said the ties were strong.")]
    [InlineData("The CPP Central Committee sent flowers.")]
    [InlineData("UNESCO World Heritage status was granted to the temple.")]
    public void An_acronym_before_capitalised_words_is_no_name(string paragraph)
    {
        Assert.Empty(Facts(Lead, paragraph).People);
    }

    [Fact]
    public void A_quotation_in_straight_marks_left_open_runs_on_into_the_paragraph_that_reopens_it()
    {
        var facts = Facts(Lead, "Keo Sina said: \"The village was rebuilt.", "\"The soldiers stayed for months.\"");

        Assert.Equal([("keo sina", 2), ("keo sina", 3)], Statements(facts));
    }

    [Theory]
    [InlineData("Keo Sina: “The village was rebuilt.”")]
    [InlineData("Mr. Keo Sina: \"The village was rebuilt.\"")]
    public void A_name_a_colon_and_a_quotation_opening_the_sentence_are_that_persons_words(string paragraph)
    {
        Assert.Equal([("keo sina", 2)], Statements(Facts(Lead, paragraph)));
    }

    [Theory]
    [InlineData("Among the guests was Keo Sina: “The village was rebuilt,” the banner read.")]
    [InlineData("The lesson of Keo Sina: “Never again.”")]
    public void A_name_before_a_colon_inside_a_sentence_is_not_its_speaker(string paragraph)
    {
        Assert.DoesNotContain(Statements(Facts(Lead, paragraph)), statement => statement.Speaker == "keo sina");
    }

    [Theory]
    [InlineData("His Majesty King Norodom Sihamoni said the ties were strong.", "norodom sihamoni", "King")]
    [InlineData("Her Excellency Ambassador Chea Kimtha said the ties were strong.", "chea kimtha", "Ambassador")]
    public void An_honorific_before_a_title_is_not_part_of_the_role(string paragraph, string key, string role)
    {
        Assert.Equal(role, Facts(Lead, paragraph).People.Single(p => p.Key == key).Role);
    }

    [Fact]
    public void A_long_description_between_commas_still_leaves_the_speaker()
    {
        var facts = Facts(Lead, "Keo Sina, whose elder brother died in a labour camp far from the village in 1978, told reporters the village was rebuilt.");

        Assert.Equal([("keo sina", 2)], Statements(facts));
    }

    [Theory]
    [InlineData("Keo Sina, who fought at the border in 1979, walked along the graves.", "“Many of my comrades are still there,” the veteran recalled.")]
    [InlineData("Keo Sina, whose husband fell in 1979, came with her grandchildren.", "“I waited 45 years to bring him home,” the widow added.")]
    public void A_word_for_a_life_points_back_to_the_person_whose_life_was_told(string before, string paragraph)
    {
        Assert.Equal([("keo sina", 3)], Statements(Facts(Lead, before, paragraph)));
    }

    [Fact]
    public void The_noun_that_described_someone_points_back_past_a_paragraph_naming_another()
    {
        var facts = Facts(Lead, "Keo Sina, 76, a former tank driver, placed flowers at the monument.",
            "The ceremony was attended by Deputy Governor Sok Dara.", "“We drove day and night,” the old tank driver said.");

        Assert.Equal([("keo sina", 4)], Statements(facts));
    }

    [Theory]
    [InlineData("As Colonel Keo Sina, commander of the border unit, put it, every grave found is a soldier coming home.")]
    [InlineData("“Every grave found is a soldier coming home,” as Keo Sina, 80, put it.")]
    public void As_someone_put_it_with_a_description_after_the_name(string paragraph)
    {
        Assert.Equal([("keo sina", 2)], Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void A_quotation_in_straight_marks_signed_with_a_hyphen_is_the_signers()
    {
        var facts = Facts(Lead, "\"We must keep the flame of gratitude burning.\" - H.E. Keo Sina, Deputy Governor of Takeo province");

        Assert.Equal([("keo sina", 2)], Statements(facts));
    }

    [Fact]
    public void Interview_answers_after_a_name_and_an_age_are_that_persons()
    {
        var facts = Facts(Lead, "Keo Sina, 68: “I was a child in a mobile unit.”", "Sok Dara, 71: “I remember the sound of the guns.”");

        Assert.Equal([("keo sina", 2), ("sok dara", 3)], Statements(facts));
    }
}

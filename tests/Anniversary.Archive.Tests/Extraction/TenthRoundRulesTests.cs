using Anniversary.Archive.Model;
using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// Rules added after issue 20's rounds, each on a small input of invented text in the family's style: an intention
/// is not a statement, name syllables after a title, what a title is "of", posts of spokespeople, a role's last comma,
/// a name that says whose someone is ("the wife of X said"), a parenthesis after a name, a person's own speech, the sender of a message, and ranks written short.
/// </summary>
public sealed class TenthRoundRulesTests
{
    [Theory]
    [InlineData("Ambassador Trần Văn Lộc, who hoped to visit the temple again next year, laid a wreath.")]
    [InlineData("Keo Sina hoped to return to the village where he was born.")]
    public void Hoping_to_do_something_is_no_statement(string paragraph)
    {
        Assert.Empty(Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void Hoping_that_something_happens_is_a_statement()
    {
        Assert.Contains(("keo sina", 2), Statements(Facts(Lead, "Keo Sina hoped that the village would keep its school.")));
    }

    [Theory]
    [InlineData("General To Quang Vinh said the ties were strong.", "to quang vinh")]
    [InlineData("Party General Secretary To Quang Vinh said the ties were strong.", "to quang vinh")]
    [InlineData("Minister On Sareth said the roads were open.", "on sareth")]
    public void A_name_syllable_right_after_a_title_opens_the_name(string paragraph, string speaker)
    {
        Assert.Equal([(speaker, 2)], Statements(Facts(Lead, paragraph)));
    }

    [Theory]
    [InlineData("Keo Many, a teacher of the district school, said the children sang.")]
    [InlineData("Deputy Governor Keo Many said the children sang.")]
    public void Many_after_another_word_of_a_name_is_part_of_it(string paragraph)
    {
        Assert.Equal([("keo many", 2)], Statements(Facts(Lead, paragraph)));
    }

    [Theory]
    [InlineData("Many veterans said the day mattered.")]
    [InlineData("To the veterans, the day mattered, the organisers said.")]
    public void A_name_syllable_opening_a_sentence_is_still_english(string paragraph)
    {
        Assert.Empty(Facts(Lead, paragraph).People);
    }

    [Theory]
    [InlineData("Mr. Chea Sovann, Minister of Land Management, said the ties were strong.", "Minister of Land Management")]
    [InlineData("Chea Sovann, Director of Provincial Heritage, said the ties were strong.", "Director of Provincial Heritage")]
    public void What_a_title_is_of_is_the_post_not_a_person(string paragraph, string role)
    {
        var facts = Facts(Lead, paragraph);

        Assert.Equal([("chea sovann", 2)], Statements(facts));
        Assert.Equal(role, facts.People.Single().Role);
    }

    [Theory]
    [InlineData("Mrs. Lê Thu Hà, spokeswoman of the ministry, said the anniversary was marked.", "spokeswoman of the ministry")]
    [InlineData("Ministry Spokesperson Lê Thu Hà said the anniversary was marked.", "Spokesperson")]
    [InlineData("Senior General Keo Sina said the army was ready.", "Senior General")]
    public void Spokespeople_and_senior_generals_hold_posts(string paragraph, string role)
    {
        var facts = Facts(Lead, paragraph);

        Assert.Single(Statements(facts));
        Assert.Equal(role, facts.People.Single().Role);
    }

    [Fact]
    public void The_comma_that_sets_a_name_off_is_not_part_of_the_role_before_it()
    {
        var facts = Facts(Lead, "The Governor of Tây Ninh Province, Trần Văn Lộc, said the ties were strong.");

        Assert.Equal("Governor of Tây Ninh Province", facts.People.Single(p => p.Key == "tran van loc").Role);
    }

    [Theory]
    [InlineData("The wife of Sok Dara said the day was hard.")]
    [InlineData("The son of veteran Keo Sina said his father rarely spoke of the war.")]
    [InlineData("A representative of Governor Keo Sina said the province was grateful.")]
    [InlineData("Students of Keo Sina said he was a good teacher.")]
    public void A_name_that_says_whose_someone_is_does_not_make_the_named_the_speaker(string paragraph)
    {
        var facts = Facts(Lead, paragraph);

        Assert.Empty(Statements(facts));
        Assert.Equal(Part.Mentioned, facts.People.Single().Part);
    }

    [Theory]
    [InlineData("The Minister of Labour Keo Sina said the ties were strong.")]
    [InlineData("Director of the museum Keo Sina said the ties were strong.")]
    public void A_title_of_a_body_before_the_name_still_leaves_the_named_the_speaker(string paragraph)
    {
        Assert.Equal([("keo sina", 2)], Statements(Facts(Lead, paragraph)));
    }

    [Theory]
    [InlineData("Mr. Keo Sina (pictured) said the friendship was precious.")]
    [InlineData("Keo Sina (second left) told the students that the friendship was precious.")]
    [InlineData("Keo Sina’s speech highlighted the role of the volunteers.")]
    [InlineData("Keo Sina's remarks stressed the role of the volunteers.")]
    public void A_parenthesis_after_the_name_or_the_persons_own_speech_before_the_verb_leaves_them_speaking(string paragraph)
    {
        Assert.Equal([("keo sina", 2)], Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void A_speech_nobody_owns_is_nobodys_statement()
    {
        Assert.Empty(Statements(Facts(Lead, "Keo Sina arrived early. The speech highlighted the role of the volunteers.")));
    }

    [Fact]
    public void A_message_from_someone_names_its_sender_not_a_place()
    {
        Assert.Equal(("keo sina", Part.Mentioned), Facts(Lead, "A message from Keo Sina was read at the ceremony.").People.Select(p => (p.Key, p.Part)).Single());
        Assert.Empty(Facts(Lead, "Visitors from Kampong Trach came by bus.").People);
    }

    [Theory]
    [InlineData("Sr. Col. Keo Sina said the friendship was precious.", "Sr. Col.")]
    [InlineData("Brig. Gen. Keo Sina said the friendship was precious.", "Brig. Gen.")]
    [InlineData("Capt. Keo Sina said the friendship was precious.", "Capt.")]
    public void A_rank_written_short_is_the_role_as_written(string paragraph, string role)
    {
        Assert.Equal(role, Facts(Lead, paragraph).People.Single().Role);
    }
}


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
}

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
            "The diplomat added that the orchard had outlived the war.");

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
}

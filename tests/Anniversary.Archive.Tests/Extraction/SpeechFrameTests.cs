using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The second round of issue 20's rules, each on a small input of invented text: speech without a speech verb,
/// quotes over two paragraphs, speakers set off by commas, pronouns, and words that are never people.
/// </summary>
public sealed class SpeechFrameTests
{
    private static IReadOnlyList<(string Speaker, int Paragraph)> Statements(params string[] paragraphs)
    {
        var facts = ArticleExtractor.Extract(Articles.Of(paragraphs));
        return [.. facts.Statements.Select(s => (s.PersonKey, s.Paragraph))];
    }

    [Theory]
    [InlineData("Speaking at the event, Lê Văn Tám, Chairman of the provincial People’s Committee, reviewed the history of the province.")]
    [InlineData("In his speech, Chairman of the provincial People’s Committee Lê Văn Tám reviewed the history of the province.")]
    [InlineData("Addressing the ceremony, Colonel Lê Văn Tám reviewed the history of the province.")]
    public void A_speech_frame_names_the_speaker_whatever_the_verb(string paragraph)
    {
        Assert.Equal([("le van tam", 2)], Statements("A ceremony was held in Hanoi on January 6.", paragraph));
    }

    [Fact]
    public void According_to_a_person_or_to_a_role_is_that_persons_statement()
    {
        var statements = Statements(
            "Governor Som Vanna presided over the ceremony in Takeo.",
            "According to the governor, the province lost 30,000 people under the regime.",
            "According to Chea Dara, a researcher, few students learn this history.",
            "According to the organisers, 2,000 people attended.");

        Assert.Equal([("som vanna", 2), ("chea dara", 3)], statements);
    }

    [Fact]
    public void A_quote_left_open_at_a_paragraphs_end_belongs_to_whoever_closes_it()
    {
        var statements = Statements(
            "Ambassador Ouk Dara attended the reception in Hanoi.",
            "“Without that day there would be no Cambodia of today.",
            "“We will never forget it,” the ambassador said.");

        Assert.Equal([("ouk dara", 2), ("ouk dara", 3)], statements);
    }

    [Theory]
    [InlineData("Head of the delegation, Deputy Governor Ouk Vannak, thanked the province.")]
    [InlineData("Lok Chumteav Hem Sokha, for her part, highlighted the role of women.")]
    [InlineData("Ambassador Ouk Vannak extended thanks to the veterans.")]
    public void A_speaker_set_off_by_commas_or_thanking_is_read(string paragraph)
    {
        var statement = Assert.Single(Statements("A get-together was held in Cao Lãnh on January 6.", paragraph));

        Assert.Equal(2, statement.Paragraph);
    }

    [Fact]
    public void Extended_greetings_is_a_visit_not_speech()
    {
        Assert.Empty(Statements("General Sok Dara on January 4 visited and extended greetings to the staff of the consulate."));
    }

    [Fact]
    public void He_after_a_quote_is_the_person_the_paragraph_opened_with_not_one_named_in_the_words()
    {
        var statements = Statements(
            "Vice Chairman Lê Văn Tám said the province would help.",
            "Trần Văn Tư, a veteran, found a photo of his unit. “I was looking at my own face,” he said.",
            "The Cambodian people will never forget those who overthrew the Pol Pot regime, he affirmed.");

        Assert.Equal([("le van tam", 1), ("tran van tu", 2), ("tran van tu", 3)], statements);
    }

    [Theory]
    [InlineData("Pol Pot forces raided Tân Biên and Châu Thành in 1978.")]
    [InlineData("She prays every year at Wat Samrong Knong.")]
    [InlineData("Monks pray for them at the Chôl Chnăm Thmây and Pchum Ben festivals.")]
    [InlineData("A concert was held along Sisowath Quay.")]
    public void Districts_temples_festivals_and_streets_are_never_people(string text)
    {
        Assert.DoesNotContain(ArticleExtractor.Extract(Articles.Of(text)).People, p => p.Key != "pol pot");
    }

    [Fact]
    public void A_rank_alone_is_not_listed_beside_a_post()
    {
        var person = ArticleExtractor.Extract(Articles.Of(
            "Speaking at the reception, Sr. Col. Phan Văn Huy, Vietnamese Defence Attaché in Cambodia, thanked the guests.")).People.Single();

        Assert.Equal("Vietnamese Defence Attaché in Cambodia", person.Role);
        Assert.Equal(["Vietnamese Defence Attaché in Cambodia"], person.Roles);
        Assert.Equal(Part.Speaker, person.Part);
    }

    [Fact]
    public void A_rank_between_a_post_and_the_name_is_not_part_of_the_post()
    {
        var people = ArticleExtractor.Extract(Articles.Of(
            "Deputy Minister of National Defence Senior Lieutenant General Phan Văn Định also attended. The veterans were greeted by Colonel Trần Văn Sáu.")).People;

        Assert.Equal("Deputy Minister of National Defence", people.Single(p => p.Key == "phan van dinh").Role);
        Assert.Equal("Colonel", people.Single(p => p.Key == "tran van sau").Role);
    }
}

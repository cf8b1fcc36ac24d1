using System.Text.Json;
using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;

namespace Anniversary.Archive.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private static readonly string[] Fair =
    [
        "A ceremony was held in Green Valley on March 12 to mark the 10th anniversary of the fair.",
        "Minister of Health Tom Reed and Lena Marsh attended the ceremony.",
        "Lena Marsh said the fair would grow.",
        "She added that pupils gave art performances.",
    ];

    [Fact]
    public void One_extractor_reads_an_article_the_same_before_and_after_others()
    {
        var extractor = new ArticleExtractor(Lexicon.Default);
        var first = JsonSerializer.Serialize(extractor.Read(Articles.Of(Fair)));

        extractor.Read(Articles.Of("Ms. Ada Bell said the ceremony in Hanoi was moving.", "Marsh Reed spoke too."));

        Assert.Equal(first, JsonSerializer.Serialize(extractor.Read(Articles.Of(Fair))));
        Assert.Equal(first, JsonSerializer.Serialize(ArticleExtractor.Extract(Articles.Of(Fair))));
    }

    [Fact]
    public void People_are_listed_by_their_part_then_in_the_order_they_are_named()
    {
        var facts = ArticleExtractor.Extract(Articles.Of(Fair));

        Assert.Equal(
            [("lena marsh", Part.Speaker, (string?)null), ("tom reed", Part.Mentioned, "Minister of Health")],
            facts.People.Select(p => (p.Key, p.Part, p.Role)));
        Assert.Equal([3, 4], facts.Statements.Select(s => s.Paragraph));
    }

    [Fact]
    public void Full_names_are_linked_where_they_are_written_and_lone_words_are_not()
    {
        var facts = ArticleExtractor.Extract(Articles.Of("Lena Marsh came.", "Marsh said it was good."));

        var mention = Assert.Single(facts.Mentions);
        Assert.Equal(new ExtractedMention(0, 0, "Lena Marsh".Length, "lena marsh"), mention);
        Assert.Equal([2], facts.Statements.Select(s => s.Paragraph));
    }

    [Fact]
    public void The_event_dates_and_moments_come_from_their_parts()
    {
        var facts = ArticleExtractor.Extract(Articles.Of(Fair));

        Assert.Equal(("ceremony", new DateOnly(2024, 3, 12), 10), (facts.Event?.Kind, facts.Event?.Date, facts.Event?.Anniversary?.Ordinal));
        Assert.Equal(["March 12"], facts.MentionedDates.Select(d => d.Text));
        Assert.Empty(facts.Moments);
    }
}

using Anniversary.Archive.Extraction;
using Anniversary.Archive.Parsing;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>Small inputs of invented text for the tests of one rule at a time, and what extraction reads from them.</summary>
internal static class RuleInputs
{
    /// <summary>A lead that tells an event, so that the paragraphs after it are read as a report's body.</summary>
    public const string Lead = "A ceremony was held in Takeo province on January 6 to mark the 44th anniversary of the January 7 Victory.";

    public static ArticleFacts Facts(params string[] paragraphs) => ArticleExtractor.Extract(Articles.Of(paragraphs));

    public static ExtractedEvent? EventOf(string file) => ArticleExtractor.Extract(SeedParser.Parse(file).Article!).Event;

    public static (string Speaker, int Paragraph)[] Statements(ArticleFacts facts) =>
        [.. facts.Statements.Select(s => (s.PersonKey, s.Paragraph))];
}

using Anniversary.Archive.Extraction;
using Anniversary.Archive.Parsing;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>Small articles written for the tests of the extractor's parts, and their contexts.</summary>
internal static class Articles
{
    public static readonly DateOnly ReportDate = new(2024, 3, 15);

    public static ParsedArticle Of(params string[] paragraphs) =>
        With(paragraphs.Select(text => (ParsedElement)new BodyParagraph(text)).ToArray());

    public static ParsedArticle With(params ParsedElement[] elements) =>
        new(ReportDate, "A headline", null, null, null, null, elements);

    public static ExtractionContext Context(params string[] paragraphs) => new(Of(paragraphs));

    /// <summary>The context once people, their short names and their roles are read, as the extractor reads them.</summary>
    public static ExtractionContext WithPeople(ParsedArticle article)
    {
        var context = new ExtractionContext(article);
        ArticleExtractor.Default.ReadPeople(context);
        return context;
    }

    public static ExtractionContext WithPeople(params string[] paragraphs) => WithPeople(Of(paragraphs));

    public static PersonState Person(this ExtractionContext context, string key) => context.People[key];
}

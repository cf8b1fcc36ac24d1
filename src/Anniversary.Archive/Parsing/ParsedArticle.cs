namespace Anniversary.Archive.Parsing;

/// <summary>One article as read from a seed file, before it is stored.</summary>
public sealed record ParsedArticle(
    DateOnly Date,
    string Headline,
    string? Standfirst,
    string? Dateline,
    string? Place,
    string? Credit,
    IReadOnlyList<ParsedElement> Elements)
{
    public IEnumerable<BodyParagraph> Paragraphs => Elements.OfType<BodyParagraph>();

    public IEnumerable<PhotoCaption> Captions => Elements.OfType<PhotoCaption>();
}

/// <summary>A body paragraph or a photo caption, in the order the file gives them.</summary>
public abstract record ParsedElement(string Text);

public sealed record BodyParagraph(string Text) : ParsedElement(Text);

public sealed record PhotoCaption(string Text, string? Credit) : ParsedElement(Text);

/// <summary>Why a file could not be read as an article: the 1-based line and a reason a person can act on.</summary>
public sealed record SeedError(int Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}

public readonly record struct SeedParseResult(ParsedArticle? Article, SeedError? Error)
{
    public static SeedParseResult Success(ParsedArticle article) => new(article, null);

    public static SeedParseResult Failure(int line, string reason) => new(null, new SeedError(line, reason));
}

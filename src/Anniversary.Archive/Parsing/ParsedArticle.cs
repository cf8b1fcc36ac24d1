namespace Anniversary.Archive.Parsing;

/// <summary>One article as read from a seed file, before it is stored.</summary>
/// <remarks>
/// <see cref="Headline"/> and <see cref="Dateline"/> are the first forms, which the golden files keep:
/// the lead's first sentence cut to 100 characters, and the datelines joined. What a reader sees is
/// <see cref="Title"/> and <see cref="Datelines"/>, as written.
/// </remarks>
public sealed record ParsedArticle(
    DateOnly Date,
    string Headline,
    string? Standfirst,
    string? Dateline,
    string? Place,
    string? Credit,
    IReadOnlyList<ParsedElement> Elements)
{
    /// <summary>The headline a reader sees when the editors give none: the printed headline line, or a whole clause of the lead.</summary>
    public string Title
    {
        get => field ?? Headline;
        init;
    }

    /// <summary>Datelines and agency tags exactly as written, in order, each on its own ("VIETNAM, January 5 -", "HÀ NỘI —").</summary>
    public IReadOnlyList<string> Datelines { get; init; } = [];

    /// <summary>The byline as written ("By Sok Dara", "Ouch Sony / Khmer Times"): never a body paragraph.</summary>
    public string? Byline { get; init; }

    /// <summary>The report's own source line as written ("Source: Agency Kampuchea Press").</summary>
    public string? SourceLine { get; init; }

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

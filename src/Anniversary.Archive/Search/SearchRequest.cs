using Anniversary.Archive.Model;
namespace Anniversary.Archive.Search;

/// <summary>What a search lists: everything, or only whole articles, only paragraphs no speaker said, or only statements.</summary>
public enum SearchKind
{
    Both,
    Articles,
    Statements,
    Paragraphs,
}

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}

/// <summary>A search as the page and the API receive it, already bounded and validated.</summary>
public sealed record SearchRequest(
    SearchQuery Query,
    int? SpeakerId,
    DateOnly? From,
    DateOnly? To,
    SearchKind Kind,
    SearchSort Sort,
    int Page,
    int PageSize = SearchRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 10;
    public const int MaxPage = 1000;

    public bool HasFilters => SpeakerId is not null || From is not null || To is not null;
}

public enum HitType
{
    Article,
    Statement,
    Paragraph,
}

/// <summary>One result: an article, or a paragraph of it (a statement when a speaker said it).</summary>
public sealed record SearchHit(
    HitType Type,
    string ArticleSlug,
    string Title,
    DateOnly Date,
    int? Paragraph,
    string? PersonSlug,
    string? PersonName,
    string? PersonRole,
    string SnippetHtml)
{
    public string Url => Paragraph is { } number
        ? Links.Paragraph(Date, ArticleSlug, number)
        : Links.Article(Date, ArticleSlug);
}

public sealed record FacetCount(string Key, string Label, int Count);

/// <summary>
/// What a search found; <see cref="Truncated"/> when it reached its bound and <see cref="Total"/> counts only what was read.
/// <see cref="Kinds"/> counts what each kind shows when chosen alone; the other facets count the results listed.
/// </summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetCount> Kinds,
    IReadOnlyList<FacetCount> Speakers,
    IReadOnlyList<FacetCount> Months,
    bool Truncated = false)
{
    public static readonly SearchResults Empty = new(0, [], [], [], []);

    /// <summary>The value of the kind parameter that lists exactly the results a kind facet counts.</summary>
    public static string KindParameter(string facetKey) => facetKey switch
    {
        nameof(HitType.Statement) => "statements",
        nameof(HitType.Paragraph) => "paragraphs",
        _ => "articles",
    };
}

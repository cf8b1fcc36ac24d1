using Anniversary.Archive.Model;

namespace Anniversary.Archive.Data;

/// <summary>The engine's writing of an import's rows; the importer decides what they hold.</summary>
public interface IArticleBatchWriter
{
    /// <summary>Rows written on the import's open connection, inside the transaction the importer holds, until disposed.</summary>
    IArticleRows Open(ArchiveDbContext db);
}

/// <summary>
/// An import's rows, given as entities whose ids are the store's; each table's columns are the EF
/// model's. Nothing here reads back what it wrote but the ids it gives.
/// </summary>
public interface IArticleRows : IDisposable
{
    /// <summary>Stores a new article; its id.</summary>
    int AddArticle(Article article);

    /// <summary>
    /// Writes the article's columns (all but its slug, file and first import time) and original text
    /// over the stored ones and deletes every row of its own (paragraphs, figures, appearances,
    /// statements, moments, dates); the ids of the people it named.
    /// </summary>
    IReadOnlyList<int> ReplaceArticle(Article article);

    /// <summary>
    /// Gives the article a new slug and keeps the old one as a former slug (for redirects); a former
    /// slug equal to the new one is dropped.
    /// </summary>
    void MoveSlug(int articleId, string oldSlug, string newSlug);

    /// <summary>Rows of one table (an article's paragraphs, figures, …), all at once.</summary>
    void AddRows<TRow>(IReadOnlyList<TRow> rows)
        where TRow : class;

    int AddPerson(Person person);

    /// <summary>Writes the person's name and country.</summary>
    void RenamePerson(Person person);

    /// <summary>Writes the person's strongest part and counts.</summary>
    void WriteCounts(Person person);

    /// <summary>Counts again, from their rows, the strongest part and counts of these people, and writes them; the people as counted.</summary>
    Task<IReadOnlyList<Person>> RecountAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken = default);

    int AddEvent(Event evt);

    /// <summary>Writes the event's anniversary (ordinal, date and precision).</summary>
    void WriteAnniversary(Event evt);

    /// <summary>Deletes people no article names and events no article reports; the ids deleted.</summary>
    (IReadOnlyList<int> People, IReadOnlyList<int> Events) DeleteOrphans();

    /// <summary>Writes the search index's entries of these articles, replacing those of an article stored before.</summary>
    void Index(IReadOnlyList<IndexedArticle> articles);
}

/// <summary>
/// What the search index holds of one article, as the importer has just stored it, every text already
/// normalised for search (<c>SearchText.Normalize</c>); <see cref="Replaces"/> when it was stored before.
/// </summary>
public sealed record IndexedArticle(
    int ArticleId,
    bool Replaces,
    string Title,
    string? Standfirst,
    IReadOnlyList<(int Number, string Text, IReadOnlyList<int> Speakers)> Paragraphs,
    IReadOnlyList<string> Captions,
    IReadOnlyDictionary<int, string> People);

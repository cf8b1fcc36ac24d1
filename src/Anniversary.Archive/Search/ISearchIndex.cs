using Anniversary.Archive.Data;

namespace Anniversary.Archive.Search;

/// <summary>
/// The one seam for what differs between database engines: the full-text index, its queries, the
/// engine's settings and how the importer's statements are run. SQLite's FTS5 is the embedded
/// default; another engine is another implementation.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// Engine settings of the file, applied before the schema is migrated (for SQLite: WAL; the busy
    /// timeout is the connection string's); builds the indexes a killed import deferred, unless an import is writing.
    /// </summary>
    Task ConfigureAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes this process the only one migrating the archive until disposed, waiting while another
    /// migrates. A process killed while migrating releases it with its process, and leaves nothing
    /// behind that would make the next migration wait.
    /// </summary>
    Task<IDisposable> LockForMigrationAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);

    /// <summary>Rewrites the index rows of these articles with the import's statements, inside its transaction.</summary>
    void ReplaceArticles(IImportStatements statements, IReadOnlyList<SearchDocument> documents);

    /// <summary>The importer's SQL on its open connection (and inside its transaction), each statement prepared once.</summary>
    IImportStatements OpenImportStatements(ArchiveDbContext db);

    /// <summary>
    /// Makes this import the only one writing to the archive until disposed; null when another import
    /// holds it. A killed import releases it with its process.
    /// </summary>
    Task<IDisposable?> TryLockForImportAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);

    /// <summary>
    /// Under the import's lock: drops the indexes that an import keeps up at a high cost, row by row
    /// in no order, and never reads itself, noting them in the archive so that
    /// <see cref="BuildDeferredIndexesAsync"/> builds them again at once from the rows.
    /// </summary>
    Task DeferIndexesAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);

    /// <summary>Under the import's lock: builds every index <see cref="DeferIndexesAsync"/> noted, also those an import killed before it could build them left.</summary>
    Task BuildDeferredIndexesAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);

    Task<SearchResults> SearchAsync(ArchiveDbContext db, SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>A consistent copy of the whole archive written to a new file while the site keeps serving (never a file copy).</summary>
    Task BackupAsync(ArchiveDbContext db, string path, CancellationToken cancellationToken = default);

    /// <summary>True when the index is consistent with itself.</summary>
    Task<bool> CheckIntegrityAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);
}

/// <summary>
/// What the index holds of one article, as the importer has just stored it, every text already
/// <see cref="SearchText.Normalize"/>d; <see cref="Replaces"/> when it was stored before.
/// </summary>
public sealed record SearchDocument(
    int ArticleId,
    bool Replaces,
    string Title,
    string? Standfirst,
    IReadOnlyList<(int Number, string Text, int? SpeakerId)> Paragraphs,
    IReadOnlyList<string> Captions,
    IReadOnlyDictionary<int, string> People);

/// <summary>
/// The importer's writing SQL, run on the import's connection: parameters by name (<c>@name</c>),
/// each distinct statement prepared on first use and kept until disposed.
/// </summary>
public interface IImportStatements : IDisposable
{
    void Execute(string sql, params (string Name, object? Value)[] parameters);

    /// <summary>Runs a statement whose parameters are <c>?</c>, given in order.</summary>
    void ExecuteInOrder(string sql, IReadOnlyList<object?> values);

    /// <summary>Runs an <c>INSERT … RETURNING Id</c> and gives the id.</summary>
    long Insert(string sql, params (string Name, object? Value)[] parameters);

    /// <summary>The first column of every row the statement gives.</summary>
    List<long> Ids(string sql, params (string Name, object? Value)[] parameters);
}

using Anniversary.Archive.Data;

namespace Anniversary.Archive.Search;

/// <summary>
/// The one seam for what differs between database engines: the full-text index, its queries and
/// the engine's settings. SQLite's FTS5 is the embedded default; another engine is another implementation.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Engine settings of the file, applied once the schema is migrated (for SQLite: WAL; the busy timeout is the connection string's).</summary>
    Task ConfigureAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes this process the only one migrating the archive until disposed, waiting while another
    /// migrates. A process killed while migrating releases it with its process, and leaves nothing
    /// behind that would make the next migration wait.
    /// </summary>
    Task<IDisposable> LockForMigrationAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);

    /// <summary>Rewrites the index rows of these articles, inside the caller's transaction.</summary>
    Task ReplaceArticlesAsync(ArchiveDbContext db, IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes this import the only one writing to the archive until disposed; null when another import
    /// holds it. A killed import releases it with its process.
    /// </summary>
    Task<IDisposable?> TryLockForImportAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);

    Task<SearchResults> SearchAsync(ArchiveDbContext db, SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>A consistent copy of the whole archive written to a new file while the site keeps serving (never a file copy).</summary>
    Task BackupAsync(ArchiveDbContext db, string path, CancellationToken cancellationToken = default);

    /// <summary>True when the index is consistent with itself.</summary>
    Task<bool> CheckIntegrityAsync(ArchiveDbContext db, CancellationToken cancellationToken = default);
}

/// <summary>What the index holds of one article, as the importer has just stored it; <see cref="Replaces"/> when it was stored before.</summary>
public sealed record SearchDocument(
    int ArticleId,
    bool Replaces,
    string Title,
    string? Standfirst,
    IReadOnlyList<(int Number, string Text, int? SpeakerId)> Paragraphs,
    IReadOnlyList<string> Captions,
    IReadOnlyDictionary<int, string> People);

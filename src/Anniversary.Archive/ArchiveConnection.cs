namespace Anniversary.Archive;

/// <summary>The engines the archive runs on; SQLite unless configured otherwise.</summary>
public enum ArchiveEngine
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the archive is stored: the engine, its connection string, and for PostgreSQL an optional
/// connection string for reads (pages and the API) that may name standbys; imports and migrations
/// always write through <see cref="ConnectionString"/>.
/// </summary>
public sealed record ArchiveConnection(ArchiveEngine Engine, string ConnectionString, string? ReadConnectionString = null);

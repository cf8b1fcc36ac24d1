using Anniversary.Archive.Data;
using Anniversary.Archive.Data.Postgres;
using Anniversary.Archive.Data.Sqlite;
using Anniversary.Archive.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Archive;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>Registers the store on SQLite (read-only queries untracked by default), the migrator and the importer.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, string connectionString) =>
        services.AddArchive(new ArchiveConnection(ArchiveEngine.Sqlite, connectionString));

    /// <summary>Registers the store on its engine (read-only queries untracked by default), the migrator and the importer.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, ArchiveConnection connection)
    {
        // The one place that names the engines.
        switch (connection.Engine)
        {
            case ArchiveEngine.Postgres:
                services.AddPostgresEngine(connection.ConnectionString, connection.ReadConnectionString);
                break;
            default:
                services.AddSqliteEngine(connection.ConnectionString);
                break;
        }

        services.AddSingleton<ArchiveMigrator>();
        services.AddScoped<ArticleImporter>();
        return services;
    }

    /// <summary>
    /// The archive's connection string: a database file given on the command line wins over the
    /// configured connection string, which wins over the default file.
    /// </summary>
    public static string ConnectionString(string? configured, string defaultFile, string? databaseFile = null) =>
        databaseFile is not null ? SqliteEngine.ConnectionStringFor(databaseFile)
        : string.IsNullOrWhiteSpace(configured) ? SqliteEngine.ConnectionStringFor(defaultFile)
        : SqliteEngine.WithBusyTimeout(configured);

    /// <summary>
    /// The archive's connection as configured: <c>Archive:Engine</c> (<c>sqlite</c>, the default, or
    /// <c>postgres</c>); a database file given on the command line (<c>--db</c>) is always SQLite.
    /// </summary>
    public static ArchiveConnection Connection(string? engine, string? configured, string? configuredReads, string defaultFile, string? databaseFile = null)
    {
        if (databaseFile is null && ParseEngine(engine) == ArchiveEngine.Postgres)
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                throw new InvalidOperationException("Archive:Engine is postgres but ConnectionStrings:Archive is not set");
            }

            return new ArchiveConnection(ArchiveEngine.Postgres, configured, string.IsNullOrWhiteSpace(configuredReads) ? null : configuredReads);
        }

        return new ArchiveConnection(ArchiveEngine.Sqlite, ConnectionString(configured, defaultFile, databaseFile));
    }

    private static ArchiveEngine ParseEngine(string? engine) =>
        string.IsNullOrWhiteSpace(engine) || engine.Equals("sqlite", StringComparison.OrdinalIgnoreCase) ? ArchiveEngine.Sqlite
        : engine.Equals("postgres", StringComparison.OrdinalIgnoreCase) || engine.Equals("postgresql", StringComparison.OrdinalIgnoreCase) ? ArchiveEngine.Postgres
        : throw new InvalidOperationException($"Archive:Engine is '{engine}'; it must be sqlite or postgres");
}

using Anniversary.Archive.Data;
using Anniversary.Archive.Data.Sqlite;
using Anniversary.Archive.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Archive;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>Registers the store on its engine (read-only queries untracked by default), the migrator and the importer.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, string connectionString)
    {
        // SQLite is the one engine today; the engine is chosen here.
        services.AddSqliteEngine(connectionString);
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
}

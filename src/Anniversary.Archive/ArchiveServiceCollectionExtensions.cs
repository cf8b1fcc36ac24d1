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
}

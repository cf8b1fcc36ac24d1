using Anniversary.Archive.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>The archive on one SQLite file: the default engine, embedded, nothing to install.</summary>
public static class SqliteEngine
{
    /// <summary>
    /// How long a statement waits for a lock another connection holds (an import committing a batch,
    /// a migration) before it fails; Microsoft.Data.Sqlite retries busy and locked statements until then.
    /// A connection string that names its own <c>Default Timeout</c> keeps it.
    /// </summary>
    public const int BusyTimeoutSeconds = 30;

    /// <summary>The context, for readers as <see cref="ArchiveDbContext"/>, and every part of the engine seam.</summary>
    public static IServiceCollection AddSqliteEngine(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<ArchiveDbContext, SqliteArchiveDbContext>(options => options.UseSqliteArchive(connectionString));
        services.AddSingleton<SqliteDeferredIndexes>();
        services.AddSingleton<IDeferredIndexes>(provider => provider.GetRequiredService<SqliteDeferredIndexes>());
        services.AddSingleton<IStorePreparation, SqliteStorePreparation>();
        services.AddSingleton<IMigrationLock, SqliteMigrationLock>();
        services.AddSingleton<IImportLock, SqliteImportLock>();
        services.AddSingleton<IArticleBatchWriter, SqliteArticleBatchWriter>();
        services.AddSingleton<IArchiveBackup, SqliteBackup>();
        services.AddSingleton<IIntegrityCheck, SqliteIntegrityCheck>();
        services.AddSingleton<IArchiveSearch, SqliteSearchIndex>();
        return services;
    }

    /// <summary>The archive's store on SQLite, with the settings each of its connections needs; read-only queries untracked.</summary>
    public static TBuilder UseSqliteArchive<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString)
            .AddInterceptors(new SqliteConnectionSettings())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return options;
    }

    /// <summary>A context of its own on the connection string, as the site registers it.</summary>
    public static SqliteArchiveDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteArchiveDbContext>().UseSqliteArchive(connectionString).Options);

    /// <summary>The connection string of a database file.</summary>
    public static string ConnectionStringFor(string databaseFile) => WithBusyTimeout($"Data Source={Path.GetFullPath(databaseFile)}");

    /// <summary>The connection string with <see cref="BusyTimeoutSeconds"/> unless it names its own.</summary>
    public static string WithBusyTimeout(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!builder.ShouldSerialize("Default Timeout"))
        {
            builder.DefaultTimeout = BusyTimeoutSeconds;
        }

        return builder.ToString();
    }

    /// <summary>The migrator with this engine's preparation and lock.</summary>
    public static ArchiveMigrator Migrator() => new(new SqliteStorePreparation(new SqliteDeferredIndexes()), new SqliteMigrationLock());
}

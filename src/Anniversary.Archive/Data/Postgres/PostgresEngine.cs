using Anniversary.Archive.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>The archive on a PostgreSQL server, with read replicas if it has them: for an archive that outgrows one machine.</summary>
public static class PostgresEngine
{
    /// <summary>
    /// The context, for readers as <see cref="ArchiveDbContext"/> on the read connection, and every
    /// part of the engine seam; the parts that write move their context to the primary (<see cref="PostgresConnections"/>).
    /// </summary>
    public static IServiceCollection AddPostgresEngine(this IServiceCollection services, string connectionString, string? readConnectionString = null)
    {
        var connections = new PostgresConnections(connectionString, readConnectionString);
        services.AddSingleton(connections);
        services.AddDbContext<ArchiveDbContext, PostgresArchiveDbContext>(options => options.UsePostgresArchive(connections));
        services.AddSingleton<IDeferredIndexes, PostgresDeferredIndexes>();
        services.AddSingleton<IStorePreparation, PostgresStorePreparation>();
        services.AddSingleton<IMigrationLock, PostgresMigrationLock>();
        services.AddSingleton<IImportLock, PostgresImportLock>();
        services.AddSingleton<IArticleBatchWriter, PostgresArticleBatchWriter>();
        services.AddSingleton<IArchiveBackup, PostgresBackup>();
        services.AddSingleton<IIntegrityCheck, PostgresIntegrityCheck>();
        services.AddSingleton<IArchiveSearch, PostgresSearchIndex>();
        return services;
    }

    /// <summary>The archive's store on PostgreSQL, on the read connection, reads retried on another connection when one breaks; read-only queries untracked.</summary>
    public static TBuilder UsePostgresArchive<TBuilder>(this TBuilder options, PostgresConnections connections)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connections.Reads, npgsql => npgsql.ExecutionStrategy(dependencies => new PostgresReadRetries(dependencies)))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return options;
    }
}

using Anniversary.Archive.Data;
using Anniversary.Archive.Import;
using Anniversary.Archive.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Archive;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>Registers the store (read-only queries untracked by default) and the importer.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<ArchiveDbContext>(options => options.UseArchive(connectionString));
        services.AddSingleton<ISearchIndex, SqliteSearchIndex>();
        services.AddScoped<ArticleImporter>();
        return services;
    }

    /// <summary>The archive's store on SQLite, with the settings each of its connections needs; read-only queries untracked.</summary>
    public static TBuilder UseArchive<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString)
            .AddInterceptors(new SqliteConnectionSettings())
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return options;
    }
}

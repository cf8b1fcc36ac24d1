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
        services.AddDbContext<ArchiveDbContext>(options => options
            .UseSqlite(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddSingleton<ISearchIndex, SqliteSearchIndex>();
        services.AddScoped<ArticleImporter>();
        return services;
    }
}

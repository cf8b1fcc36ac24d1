using Anniversary.Archive.Data;
using Anniversary.Archive.Import;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Web.Hosting;

public static class ArchiveStartup
{
    /// <summary>Migrates the store and, when it holds no article yet, imports the seed folder.</summary>
    public static async Task PrepareArchiveAsync(this WebApplication app, ArchiveSettings settings)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveDatabase.MigrateAsync(db, scope.ServiceProvider.GetRequiredService<Anniversary.Archive.Search.ISearchIndex>());
        if (await db.Articles.AnyAsync())
        {
            return;
        }

        var summary = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportFolderAsync(settings.SeedsPath);
        foreach (var failure in summary.Failures)
        {
            app.Logger.LogWarning("Seed import: {Failure}", failure.ToString());
        }
    }
}

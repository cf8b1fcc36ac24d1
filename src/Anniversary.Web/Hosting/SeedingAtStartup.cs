using Anniversary.Archive.Data;
using Anniversary.Archive.Import;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Web.Hosting;

public static class SeedingAtStartup
{
    /// <summary>
    /// Migrates the store and imports the seed folder when the store holds no article yet, or holds
    /// articles marked for importing again (an empty content hash).
    /// </summary>
    public static async Task PrepareArchiveAsync(this WebApplication app, ArchiveSettings settings)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await scope.ServiceProvider.GetRequiredService<ArchiveMigrator>().MigrateAsync(db);
        if (await db.Articles.AnyAsync() && !await db.Articles.AnyAsync(a => a.ContentHash.Length == 0))
        {
            return;
        }

        var summary = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportFolderAsync(settings.SeedsPath);
        foreach (var failure in summary.Failures)
        {
            app.Logger.LogWarning("Seed import: {Failure}", failure.ToString());
        }

        var waiting = await db.Articles.CountAsync(a => a.ContentHash.Length == 0);
        if (waiting > 0)
        {
            app.Logger.LogWarning("{Count} articles are not in the seed folder and wait for an import of their own folder to be searchable again", waiting);
        }
    }
}

using Anniversary.Archive.Search;
using System.Globalization;
using System.Text;
using Anniversary.Archive.Data;
using Anniversary.Archive.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anniversary.Archive.Tests.Support;

/// <summary>A real, migrated SQLite file in a temporary folder; each operation gets its own context, as in the app.</summary>
public sealed class ArchiveStore : IDisposable
{
    private readonly SeedFolder _folder = new();

    private ArchiveStore()
    {
        ConnectionString = $"Data Source={_folder.PathOf("test.db")}";
    }

    public string ConnectionString { get; }

    public static async Task<ArchiveStore> CreateAsync()
    {
        var store = new ArchiveStore();
        try
        {
            await using var db = store.CreateContext();
            await ArchiveDatabase.MigrateAsync(db, new SqliteSearchIndex());
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Untracked by default, like the context the app registers, so the importer must ask for tracking itself.</summary>
    public ArchiveDbContext CreateContext() => new(new DbContextOptionsBuilder<ArchiveDbContext>()
        .UseSqlite(ConnectionString)
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .Options);

    public async Task<ImportSummary> ImportAsync(string folder, ImportOptions? options = null)
    {
        await using var db = CreateContext();
        var importer = new ArticleImporter(db, new SqliteSearchIndex(), NullLogger<ArticleImporter>.Instance, options);
        return await importer.ImportFolderAsync(folder);
    }

    public async Task<Model.Article> ArticleAsync(string sourceFile)
    {
        await using var db = CreateContext();
        var article = await db.Articles
            .Include(a => a.Paragraphs)
            .Include(a => a.Figures)
            .SingleAsync(a => a.SourceFile == sourceFile);
        article.Paragraphs.Sort((x, y) => x.Number.CompareTo(y.Number));
        article.Figures.Sort((x, y) => x.Position.CompareTo(y.Position));
        return article;
    }

    /// <summary>Every stored value of every row, in a stable order: equal dumps mean no row changed.</summary>
    public async Task<string> DumpAsync()
    {
        await using var db = CreateContext();
        var dump = new StringBuilder();
        foreach (var a in await db.Articles.OrderBy(a => a.Id).ToListAsync())
        {
            dump.AppendLine(string.Join(" | ",
                a.Id, a.Slug, a.Date.ToString("O", CultureInfo.InvariantCulture), a.Title, a.Standfirst, a.Dateline, a.Place,
                a.Credit, a.Source, a.SourceFile, a.ContentHash, a.SourceText,
                a.ImportedAtUtc.ToString("O", CultureInfo.InvariantCulture), a.UpdatedAtUtc.ToString("O", CultureInfo.InvariantCulture)));
        }

        foreach (var p in await db.Paragraphs.OrderBy(p => p.Id).ToListAsync())
        {
            dump.AppendLine(string.Join(" | ", "paragraph", p.Id, p.ArticleId, p.Number, p.Position, p.Text, p.Html));
        }

        foreach (var f in await db.Figures.OrderBy(f => f.Id).ToListAsync())
        {
            dump.AppendLine(string.Join(" | ", "figure", f.Id, f.ArticleId, f.Position, f.Caption, f.Credit));
        }

        return dump.ToString();
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before the folder goes.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _folder.Dispose();
    }
}

using Anniversary.Archive.Search;
using System.Globalization;
using System.Text;
using Anniversary.Archive.Data;
using Anniversary.Archive.Data.Sqlite;
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
            await SqliteEngine.Migrator().MigrateAsync(db);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Untracked by default, like the context the app registers, so the importer must ask for tracking itself.</summary>
    public ArchiveDbContext CreateContext() => SqliteEngine.Context(ConnectionString);

    public async Task<ImportSummary> ImportAsync(string folder, ImportOptions? options = null, TimeProvider? clock = null, IProgress<ImportProgress>? progress = null)
    {
        await using var db = CreateContext();
        var importer = Importer(db, options, clock);
        return await importer.ImportFolderAsync(folder, progress);
    }

    /// <summary>The importer on SQLite, as the app registers it.</summary>
    public static ArticleImporter Importer(ArchiveDbContext db, ImportOptions? options = null, TimeProvider? clock = null) =>
        new(db, new SqliteImportLock(), new SqliteDeferredIndexes(), new SqliteArticleBatchWriter(), NullLogger<ArticleImporter>.Instance, options, clock);

    /// <summary>Every index of the file with the SQL that builds it, read on a connection of its own.</summary>
    public async Task<List<string>> IndexesAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new List<string>();
        while (await reader.ReadAsync())
        {
            indexes.Add(reader.GetString(0));
        }

        return indexes;
    }

    public async Task<Model.Article> ArticleAsync(string sourceFile)
    {
        await using var db = CreateContext();
        var article = await db.Articles
            .Include(a => a.Paragraphs)
            .Include(a => a.Figures)
            .Include(a => a.Original)
            .SingleAsync(a => a.SourceFile == sourceFile);
        article.Paragraphs.Sort((x, y) => x.Number.CompareTo(y.Number));
        article.Figures.Sort((x, y) => x.Position.CompareTo(y.Position));
        return article;
    }

    /// <summary>The file's text as imported, as the download rebuilds it from what is stored.</summary>
    public static string ImportedText(Model.Article article) =>
        Anniversary.Archive.Text.StoredOriginal.Rebuild(article.Original!.Text, article.Paragraphs.OrderBy(p => p.Number).Select(p => p.Text).ToList());

    /// <summary>
    /// Every stored value of every row of every table, the search index's own tables included, in a
    /// stable order, a row a line: equal dumps mean nothing in the file changed.
    /// </summary>
    public async Task<string> DumpAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            // The FTS5 table itself holds no values of its own (contentless); its shadow tables hold the words.
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            // Ordered by every column: the search index's tables have no row id to order by.
            select.CommandText = $"SELECT * FROM \"{table}\" LIMIT 0";
            int columns;
            await using (var shape = await select.ExecuteReaderAsync())
            {
                columns = shape.FieldCount;
            }

            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {string.Join(", ", Enumerable.Range(1, columns))}";
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                dump.Append(table);
                for (var i = 0; i < columns; i++)
                {
                    dump.Append(" | ").Append(rows.GetValue(i) switch
                    {
                        DBNull => "NULL",
                        byte[] bytes => Convert.ToHexString(bytes),
                        // Line breaks escaped, so that a row is a line and a CRLF is told from an LF.
                        var value => Convert.ToString(value, CultureInfo.InvariantCulture)!.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n"),
                    });
                }

                dump.AppendLine();
            }
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

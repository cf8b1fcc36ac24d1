using Anniversary.Archive.Search;
using System.Globalization;
using System.Text;
using Anniversary.Archive.Data;
using Anniversary.Archive.Data.Postgres;
using Anniversary.Archive.Data.Sqlite;
using Anniversary.Archive.Import;
using Anniversary.Tests.Shared;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anniversary.Archive.Tests.Support;

/// <summary>
/// A real, migrated archive: a SQLite file in a temporary folder, or a fresh database on the run's
/// PostgreSQL server (<see cref="PostgresServer"/>); each operation gets its own context, as in the app.
/// </summary>
public sealed class ArchiveStore : IDisposable
{
    /// <summary>Both engines, for tests that hold on both (<c>[MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]</c>).</summary>
    public static TheoryData<ArchiveEngine> Engines => [ArchiveEngine.Sqlite, ArchiveEngine.Postgres];

    private readonly SeedFolder _folder = new();

    private ArchiveStore(ArchiveEngine engine, string? postgresConnectionString)
    {
        Engine = engine;
        ConnectionString = postgresConnectionString ?? $"Data Source={_folder.PathOf("test.db")}";
    }

    public ArchiveEngine Engine { get; }

    public string ConnectionString { get; }

    public static async Task<ArchiveStore> CreateAsync(ArchiveEngine engine = ArchiveEngine.Sqlite)
    {
        var store = new ArchiveStore(engine, engine == ArchiveEngine.Postgres ? await PostgresServer.Shared.CreateDatabaseAsync() : null);
        try
        {
            await using var db = store.CreateContext();
            await store.Migrator().MigrateAsync(db);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Untracked by default, like the context the app registers, so the importer must ask for tracking itself.</summary>
    public ArchiveDbContext CreateContext() => Engine == ArchiveEngine.Postgres
        ? new PostgresArchiveDbContext(new DbContextOptionsBuilder<PostgresArchiveDbContext>().UsePostgresArchive(Connections).Options)
        : SqliteEngine.Context(ConnectionString);

    private PostgresConnections Connections => new(ConnectionString);

    public ArchiveMigrator Migrator() => Engine == ArchiveEngine.Postgres
        ? new ArchiveMigrator(new PostgresStorePreparation(Connections), new PostgresMigrationLock(Connections))
        : SqliteEngine.Migrator();

    /// <summary>The engine's import lock, as the app registers it.</summary>
    public IImportLock ImportLock() => Engine == ArchiveEngine.Postgres ? new PostgresImportLock(Connections) : new SqliteImportLock();

    public async Task<ImportSummary> ImportAsync(string folder, ImportOptions? options = null, TimeProvider? clock = null, IProgress<ImportProgress>? progress = null)
    {
        await using var db = CreateContext();
        var importer = Engine == ArchiveEngine.Postgres
            ? new ArticleImporter(db, ImportLock(), new PostgresDeferredIndexes(), new PostgresArticleBatchWriter(), NullLogger<ArticleImporter>.Instance, options, clock)
            : Importer(db, options, clock);
        return await importer.ImportFolderAsync(folder, progress);
    }

    /// <summary>The importer on SQLite, as the app registers it.</summary>
    public static ArticleImporter Importer(ArchiveDbContext db, ImportOptions? options = null, TimeProvider? clock = null) =>
        new(db, new SqliteImportLock(), new SqliteDeferredIndexes(), new SqliteArticleBatchWriter(), NullLogger<ArticleImporter>.Instance, options, clock);

    /// <summary>The engine's integrity check of its search index, as the app registers it.</summary>
    public IIntegrityCheck IntegrityCheck() => Engine == ArchiveEngine.Postgres ? new PostgresIntegrityCheck() : new SqliteIntegrityCheck();

    /// <summary>The engine's search, as the app registers it.</summary>
    public IArchiveSearch Search() => Engine == ArchiveEngine.Postgres ? new PostgresSearchIndex() : new SqliteSearchIndex();

    /// <summary>
    /// Makes the store refuse, with an error naming the test, the paragraphs of an article imported
    /// from the file (written after its article row): a file the database cannot store.
    /// </summary>
    public async Task RefuseParagraphsOfFileAsync(string fileName)
    {
        if (Engine == ArchiveEngine.Postgres)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                $$"""
                CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN
                    IF (SELECT "SourceFile" FROM "Articles" WHERE "Id" = NEW."ArticleId") = '{{fileName}}' THEN RAISE EXCEPTION 'refused by the test trigger'; END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql;
                CREATE TRIGGER refuse BEFORE INSERT ON "ArticleBodies" FOR EACH ROW EXECUTE FUNCTION refuse();
                """, connection);
            await command.ExecuteNonQueryAsync();
            return;
        }

        await using var sqlite = new SqliteConnection(ConnectionString);
        await sqlite.OpenAsync();
        await using var trigger = sqlite.CreateCommand();
        trigger.CommandText = $"CREATE TRIGGER refuse BEFORE INSERT ON ArticleBodies WHEN (SELECT SourceFile FROM Articles WHERE Id = NEW.ArticleId) = '{fileName}' BEGIN SELECT RAISE(FAIL, 'refused by the test trigger'); END;";
        await trigger.ExecuteNonQueryAsync();
    }

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
        return await db.Articles
            .Include(a => a.Body)
            .SingleAsync(a => a.SourceFile == sourceFile);
    }

    /// <summary>The file's text as imported, as the download rebuilds it from what is stored.</summary>
    public static string ImportedText(Model.Article article) =>
        Anniversary.Archive.Text.StoredOriginal.Rebuild(Model.StoredParagraphs.Original(article.Body?.Paragraphs)!, article.Paragraphs.OrderBy(p => p.Number).Select(p => p.Text).ToList());

    /// <summary>
    /// Every stored value of every row of every table, the search index's own tables included, in a
    /// stable order, a row a line: equal dumps mean nothing in the file changed.
    /// </summary>
    public async Task<string> DumpAsync()
    {
        if (Engine == ArchiveEngine.Postgres)
        {
            return await PostgresDumpAsync();
        }

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

    /// <summary>
    /// <see cref="DumpAsync"/>, but on PostgreSQL without the numbers its sequences gave (ids and the
    /// columns naming them): a sequence never takes back a number a rolled-back transaction used, so a
    /// refused file leaves the next ids higher, and nothing else.
    /// </summary>
    public Task<string> DumpApartFromSequencesAsync() => Engine == ArchiveEngine.Postgres ? PostgresDumpAsync(withoutIds: true) : DumpAsync();

    /// <summary>The same dump of a PostgreSQL database: every table of the archive's schema, the search rows' vectors included.</summary>
    private async Task<string> PostgresDumpAsync(bool withoutIds = false)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            // As text, so every type (arrays, vectors, times) dumps the same way; ordered by every column.
            var row = withoutIds ? "(to_jsonb(t) - 'Id' - 'ArticleId' - 'PersonId' - 'EventId')::text" : "t::text";
            await using var select = new NpgsqlCommand($"SELECT {row} FROM \"{table}\" t ORDER BY 1", connection);
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                dump.Append(table).Append(" | ").Append(rows.GetString(0).Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n")).AppendLine();
            }
        }

        return dump.ToString();
    }

    public void Dispose()
    {
        if (Engine == ArchiveEngine.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            _folder.Dispose();
            return;
        }

        // Pooled connections keep the file open; release them before the folder goes.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _folder.Dispose();
    }
}

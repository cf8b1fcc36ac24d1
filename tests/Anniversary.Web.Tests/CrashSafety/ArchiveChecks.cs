using Anniversary.Archive.Data.Sqlite;
using Anniversary.Archive.Model;
using Microsoft.Data.Sqlite;

namespace Anniversary.Web.Tests.CrashSafety;

/// <summary>What must hold of an archive file whatever happened to the process writing it.</summary>
public static class ArchiveChecks
{
    /// <summary>
    /// Asserts that SQLite finds the file sound, no row points at a missing one, the full-text index
    /// agrees with itself, and every article is a whole file: all its paragraphs and captions, and
    /// its index rows. Returns how many articles it holds.
    /// </summary>
    public static int AssertSound(string database, IReadOnlyDictionary<string, FileShape> files)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();

        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Empty(Rows(connection, "PRAGMA foreign_key_check"));

        // An import killed while it creates the archive leaves fewer tables; it imports only once they all exist.
        // The search index and the paragraphs' blocks are made by different migrations; both are needed.
        if ((long)Scalar(connection, $"SELECT COUNT(*) FROM sqlite_master WHERE name IN ('{SqliteSearchEntries.Table}', 'ArticleBodies')")! < 2)
        {
            var hasArticles = (long)Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'Articles'")! > 0;
            Assert.False(hasArticles && (long)Scalar(connection, "SELECT COUNT(*) FROM Articles")! > 0, "articles were stored before the archive had all its tables");
            return 0;
        }

        // Throws (SQLITE_CORRUPT_VTAB) when the index and its own records disagree.
        Scalar(connection, $"INSERT INTO {SqliteSearchEntries.Table}({SqliteSearchEntries.Table}, rank) VALUES('integrity-check', 1)");

        var articles = Rows(connection,
            "SELECT SourceFile, (SELECT Paragraphs FROM ArticleBodies b WHERE b.ArticleId = a.Id) FROM Articles a");
        long paragraphs = 0;
        foreach (var article in articles)
        {
            var file = (string)article[0]!;
            var (stored, _, figures) = StoredParagraphs.ReadAll(article[1] as byte[]);
            var count = stored.Count;
            paragraphs += count;
            Assert.True(files.TryGetValue(file, out var shape), $"{file} is stored but is no file of the import");
            Assert.Equal((file, shape), (file, new FileShape(count, figures.Count)));
        }

        // One index row per article and one per paragraph.
        Assert.Equal(articles.Count + paragraphs, (long)Scalar(connection, $"SELECT COUNT(*) FROM {SqliteSearchEntries.Table}")!);
        return articles.Count;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<object?[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }
}

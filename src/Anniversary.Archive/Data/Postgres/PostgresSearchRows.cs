using Npgsql;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// The search rows of a batch of articles (<see cref="PostgresSearchEntries"/>), in one COPY inside
/// the import's transaction. A text COPY, not a binary one: a binary row must hold the vector built
/// by Npgsql, whose only way to build one (parsing its text) is obsolete; in text the server reads
/// the vector itself, exactly as it reads a literal. A row's fields are numbers and the vector's
/// quoted letters and digits: nothing COPY's text format would need to escape.
/// </summary>
internal static class PostgresSearchRows
{
    private const string Table = PostgresSearchEntries.Table;

    public static void Write(NpgsqlConnection connection, IReadOnlyList<IndexedArticle> articles)
    {
        var replaced = articles.Where(a => a.Replaces).Select(a => a.ArticleId).ToArray();
        if (replaced.Length > 0)
        {
            using var delete = new NpgsqlCommand($"DELETE FROM \"{Table}\" WHERE \"ArticleId\" = ANY(@ids)", connection);
            delete.Parameters.AddWithValue("ids", replaced);
            delete.ExecuteNonQuery();
        }

        using var copy = connection.BeginTextImport($"COPY \"{Table}\" (\"ArticleId\", \"Paragraph\", \"Words\") FROM STDIN");
        foreach (var article in articles)
        {
            var rest = string.Join('\n', article.Captions.Prepend(article.Standfirst ?? string.Empty));
            Row(copy, article.ArticleId, 0, PostgresSearchEntries.Vector(article.Title, string.Join('\n', article.People.Values), article.Paragraphs.Select(p => p.Text).Prepend(rest)));
            // As on SQLite, a statement's row does not repeat its speaker's name: a name's statements are read from the statements.
            foreach (var (number, text, _) in article.Paragraphs)
            {
                Row(copy, article.ArticleId, number, PostgresSearchEntries.Vector(string.Empty, string.Empty, text));
            }
        }

    }

    private static void Row(TextWriter copy, int articleId, int paragraph, string words) =>
        copy.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{articleId}\t{paragraph}\t{words}\n"));
}

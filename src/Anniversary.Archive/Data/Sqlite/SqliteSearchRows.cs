namespace Anniversary.Archive.Data.Sqlite;

/// <summary>The search index's rows of a batch of articles (<see cref="SqliteSearchEntries"/>), written inside the import's transaction.</summary>
internal static class SqliteSearchRows
{
    private const string Table = SqliteSearchEntries.Table, Words = SqliteSearchEntries.ArticleWords;
    private const long RowsPerArticle = SqliteSearchEntries.RowsPerArticle;

    public static void Write(SqliteStatements statements, IReadOnlyList<IndexedArticle> articles)
    {
        foreach (var article in articles.Where(d => d.Replaces))
        {
            statements.Execute(
                $"DELETE FROM {Table} WHERE rowid BETWEEN @first AND @last",
                ("@first", SqliteSearchEntries.RowId(article.ArticleId, (int)RowsPerArticle - 1)), ("@last", SqliteSearchEntries.RowId(article.ArticleId, 0)));
            statements.Execute($"DELETE FROM {Words} WHERE rowid = @rowid", ("@rowid", SqliteSearchEntries.WordsRowId(article.ArticleId)));
        }

        // Each paragraph once, in its own row, with the token of each speaker who said it; the
        // article's row holds the rest of it (headline, standfirst and captions, people), and its words
        // all together go to the table of words. A statement's row does not repeat its speaker's name
        // and role (a seventh of the index's words): a search for a name reads the named people's
        // statements from the statements.
        var rows = new List<(long RowId, string Title, string Body, string People, string Speaker)>();
        var words = new List<(long RowId, IndexedArticle Article, string Others, string People)>();
        foreach (var article in articles)
        {
            var people = string.Join('\n', article.People.Values);
            var rest = string.Join('\n', article.Captions.Prepend(article.Standfirst ?? string.Empty));
            rows.Add((SqliteSearchEntries.RowId(article.ArticleId, 0), article.Title, rest, people, string.Empty));
            words.Add((SqliteSearchEntries.WordsRowId(article.ArticleId), article, rest, people));
            foreach (var (number, text, speakers) in article.Paragraphs.Where(p => p.Number < RowsPerArticle))
            {
                rows.Add((SqliteSearchEntries.RowId(article.ArticleId, number), string.Empty, text, string.Empty,
                    string.Join(' ', speakers.Select(SqliteSearchEntries.SpeakerToken))));
            }
        }

        // In ascending row ids: FTS5 writes out the terms it holds whenever a row id is lower than the last.
        const string insert = $"INSERT INTO {Table}(rowid, title, body, people, speaker) VALUES (@rowid, @title, @body, @people, @speaker)";
        foreach (var (rowId, title, body, people, speaker) in rows.OrderBy(r => r.RowId))
        {
            statements.Execute(insert, ("@rowid", rowId), ("@title", title), ("@body", body), ("@people", people), ("@speaker", speaker));
        }

        const string insertWords = $"INSERT INTO {Words}(rowid, words) VALUES (@rowid, @words)";
        foreach (var (rowId, article, rest, people) in words.OrderBy(r => r.RowId))
        {
            // Joined one at a time: the batch's texts all joined at once were as large again as the batch.
            var text = string.Join('\n', article.Paragraphs.Select(p => p.Text).Prepend(people).Prepend(rest).Prepend(article.Title));
            statements.Execute(insertWords, ("@rowid", rowId), ("@words", text));
        }
    }
}

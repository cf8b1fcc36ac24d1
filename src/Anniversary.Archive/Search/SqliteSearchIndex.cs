using System.Data.Common;
using System.Text;
using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Anniversary.Archive.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Anniversary.Archive.Search;

/// <summary>
/// Full-text search on SQLite's FTS5. One row per article (headline, standfirst, body, captions,
/// people) and one per body paragraph (a statement when a speaker said it), all holding
/// <see cref="SearchText.Normalize"/>d text; ranked by bm25 with the headline above the body.
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    public const string Table = "SearchEntries";

    /// <summary>Row ids place an article's rows together: article id × this + paragraph number (0 for the article itself).</summary>
    private const long RowsPerArticle = 100_000;

    public const string CreateTableSql =
        $"CREATE VIRTUAL TABLE {Table} USING fts5(title, body, people, type UNINDEXED, article_id UNINDEXED, " +
        "paragraph UNINDEXED, person_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');";

    public const string DropTableSql = $"DROP TABLE IF EXISTS {Table};";

    // bm25 weights of title, body and people: a word in the headline outranks one in the body.
    private const string Rank = $"bm25({Table}, 10.0, 1.0, 5.0)";

    public async Task ConfigureAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        // WAL lets pages read while the importer writes; it is a property of the file, so set once here.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    public async Task ReplaceArticlesAsync(ArchiveDbContext db, IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        if (documents.Count == 0)
        {
            return;
        }

        // Two statements prepared once for the whole batch: most of indexing's cost is re-preparing SQL.
        await using var delete = await CommandAsync(db, $"DELETE FROM {Table} WHERE rowid BETWEEN $first AND $last", [("$first", 0L), ("$last", 0L)], cancellationToken);
        await using var insert = await CommandAsync(db,
            $"INSERT INTO {Table}(rowid, title, body, people, type, article_id, paragraph, person_id) VALUES ($rowid, $title, $body, $people, $type, $article, $paragraph, $person)",
            [("$rowid", 0L), ("$title", ""), ("$body", ""), ("$people", ""), ("$type", ""), ("$article", 0), ("$paragraph", null), ("$person", null)],
            cancellationToken);

        async Task InsertAsync(long rowId, string title, string body, string people, HitType type, int articleId, int? paragraph, int? personId)
        {
            object?[] values = [rowId, SearchText.Normalize(title), SearchText.Normalize(body), SearchText.Normalize(people), type.ToString(), articleId, paragraph, personId];
            for (var i = 0; i < values.Length; i++)
            {
                insert.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var document in documents)
        {
            var articleId = document.ArticleId;
            delete.Parameters[0].Value = articleId * RowsPerArticle;
            delete.Parameters[1].Value = (articleId + 1) * RowsPerArticle - 1;
            await delete.ExecuteNonQueryAsync(cancellationToken);

            var body = string.Join('\n', document.Paragraphs.Select(p => p.Text).Prepend(document.Standfirst ?? string.Empty).Concat(document.Captions));
            await InsertAsync(articleId * RowsPerArticle, document.Title, body, string.Join('\n', document.People.Values), HitType.Article, articleId, null, null);

            foreach (var (number, text, speaker) in document.Paragraphs.Where(p => p.Number < RowsPerArticle))
            {
                await InsertAsync(
                    articleId * RowsPerArticle + number, string.Empty, text,
                    speaker is { } person ? document.People.GetValueOrDefault(person, string.Empty) : string.Empty,
                    speaker is null ? HitType.Paragraph : HitType.Statement, articleId, number, speaker);
            }
        }
    }

    /// <summary>An exclusive lock on a file beside the database: the operating system drops it when the importing process ends, however it ends.</summary>
    public async Task<IDisposable?> TryLockForImportAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var dataSource = db.Database.GetDbConnection().DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return new MemoryStream();
        }

        IDisposable lockFile;
        try
        {
            lockFile = new FileStream(Path.GetFullPath(dataSource) + ".import-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        // For the import's connection only: in WAL, NORMAL syncs at checkpoints, which still survives a
        // killed process (only a power cut can lose the last batches, never corrupt the file), and a
        // larger page cache keeps the indexes being written in memory.
        await ExecuteAsync(db, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;", cancellationToken);
        return lockFile;
    }

    public Task BackupAsync(ArchiveDbContext db, string path, CancellationToken cancellationToken = default) =>
        ExecuteAsync(db, "VACUUM INTO $path", cancellationToken, ("$path", Path.GetFullPath(path)));

    public async Task<bool> CheckIntegrityAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            await ExecuteAsync(db, $"INSERT INTO {Table}({Table}, rank) VALUES('integrity-check', 1)", cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    public async Task<SearchResults> SearchAsync(ArchiveDbContext db, SearchRequest request, CancellationToken cancellationToken = default)
    {
        var sql = new SearchSql(request);
        if (!sql.CanRun)
        {
            return SearchResults.Empty;
        }

        var total = Convert.ToInt32(await ScalarAsync(db, sql.Count(), sql.Parameters, cancellationToken));
        var rows = await RowsAsync(db, sql.Page(), sql.Parameters, cancellationToken);
        var kinds = await FacetAsync(db, sql.Facet("type", withKind: false), sql.Parameters, cancellationToken);
        var months = await FacetAsync(db, sql.Facet("substr(date, 1, 7)", withKind: true), sql.Parameters, cancellationToken);
        var speakers = await FacetAsync(db, sql.Facet("person_id", withKind: true, withSpeaker: false, statementsOnly: true, limit: 20), sql.Parameters, cancellationToken);

        var hits = await HydrateAsync(db, rows, request.Query, cancellationToken);
        var people = await PeopleAsync(db, speakers.Select(s => int.Parse(s.Key)).ToList(), cancellationToken);
        return new SearchResults(
            total,
            hits,
            kinds.Select(k => k with { Label = k.Key switch { "Article" => "Articles", "Statement" => "Statements", _ => "Paragraphs" } }).ToList(),
            speakers.Where(s => people.ContainsKey(int.Parse(s.Key)))
                .Select(s => new FacetCount(people[int.Parse(s.Key)].Slug, people[int.Parse(s.Key)].Name, s.Count)).ToList(),
            months.OrderBy(m => m.Key, StringComparer.Ordinal).ToList());
    }

    private static async Task<List<SearchHit>> HydrateAsync(ArchiveDbContext db, List<HitRow> rows, SearchQuery query, CancellationToken cancellationToken)
    {
        var articleIds = rows.Select(r => r.ArticleId).Distinct().ToList();
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, a.Date, a.Standfirst })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var paragraphs = await db.Paragraphs.Where(p => articleIds.Contains(p.ArticleId))
            .Select(p => new { p.ArticleId, p.Number, p.Text })
            .ToListAsync(cancellationToken);
        var appearances = await db.Appearances.Where(a => articleIds.Contains(a.ArticleId))
            .Select(a => new { a.ArticleId, a.PersonId, a.Person!.Slug, a.Person.Name, a.Role })
            .ToListAsync(cancellationToken);

        var hits = new List<SearchHit>();
        foreach (var row in rows.Where(r => articles.ContainsKey(r.ArticleId)))
        {
            var article = articles[row.ArticleId];
            var own = paragraphs.Where(p => p.ArticleId == row.ArticleId).OrderBy(p => p.Number).ToList();
            var text = row.Paragraph is { } number
                ? own.FirstOrDefault(p => p.Number == number)?.Text ?? string.Empty
                : own.Select(p => p.Text).FirstOrDefault(t => Snippets.Contains(t, query.Highlights)) ?? article.Standfirst ?? own.FirstOrDefault()?.Text ?? string.Empty;
            var person = row.PersonId is { } personId ? appearances.FirstOrDefault(a => a.ArticleId == row.ArticleId && a.PersonId == personId) : null;
            hits.Add(new SearchHit(row.Type, article.Slug, article.Title, article.Date, row.Paragraph, person?.Slug, person?.Name, person?.Role,
                Snippets.Highlight(text, query.Highlights)));
        }

        return hits;
    }

    private static async Task<Dictionary<int, (string Slug, string Name)>> PeopleAsync(ArchiveDbContext db, List<int> ids, CancellationToken cancellationToken) =>
        await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (p.Slug, p.Name), cancellationToken);

    private static async Task ExecuteAsync(ArchiveDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = await CommandAsync(db, sql, parameters, cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(ArchiveDbContext db, string sql, IEnumerable<(string, object?)> parameters, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, sql, parameters, cancellationToken);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<List<HitRow>> RowsAsync(ArchiveDbContext db, string sql, IEnumerable<(string, object?)> parameters, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, sql, parameters, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<HitRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new HitRow(
                Enum.Parse<HitType>(reader.GetString(0)),
                Convert.ToInt32(reader.GetValue(1)),
                reader.IsDBNull(2) ? null : Convert.ToInt32(reader.GetValue(2)),
                reader.IsDBNull(3) ? null : Convert.ToInt32(reader.GetValue(3))));
        }

        return rows;
    }

    private static async Task<List<FacetCount>> FacetAsync(ArchiveDbContext db, string sql, IEnumerable<(string, object?)> parameters, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, sql, parameters, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new List<FacetCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(0))
            {
                var key = Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!;
                counts.Add(new FacetCount(key, key, Convert.ToInt32(reader.GetValue(1))));
            }
        }

        return counts;
    }

    private static async Task<DbCommand> CommandAsync(ArchiveDbContext db, string sql, IEnumerable<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private sealed record HitRow(HitType Type, int ArticleId, int? Paragraph, int? PersonId);

    /// <summary>
    /// The SQL of one search. Every search is a set of hits (type, article, paragraph, person, date,
    /// score) from one source — the full-text index, the dates typed, or the filters alone — narrowed
    /// by the same filters, then counted, faceted and paged.
    /// </summary>
    private sealed class SearchSql
    {
        private readonly SearchRequest _request;
        private readonly string? _source;

        public SearchSql(SearchRequest request)
        {
            _request = request;
            var query = request.Query;
            if (query.Match is not null)
            {
                Parameters.Add(("$match", query.Match));
                var dates = query.Dates.Count == 0 ? string.Empty : $" AND ({ArticleDateCondition("a.Date")} OR EXISTS (SELECT 1 FROM MentionedDates m WHERE m.ArticleId = a.Id AND {MentionCondition()}))";
                _source = $"SELECT {Table}.type AS type, {Table}.article_id AS article_id, {Table}.paragraph AS paragraph, {Table}.person_id AS person_id, a.Date AS date, {Rank} AS score " +
                          $"FROM {Table} JOIN Articles a ON a.Id = {Table}.article_id WHERE {Table} MATCH $match{dates}";
            }
            else if (query.Dates.Count > 0)
            {
                _source = $"SELECT 'Article' AS type, a.Id AS article_id, NULL AS paragraph, NULL AS person_id, a.Date AS date, 0 AS score FROM Articles a WHERE {ArticleDateCondition("a.Date")} " +
                          "UNION ALL SELECT CASE WHEN st.PersonId IS NULL THEN 'Paragraph' ELSE 'Statement' END, m.ArticleId, m.ParagraphNumber, st.PersonId, a.Date, 1 " +
                          "FROM MentionedDates m JOIN Articles a ON a.Id = m.ArticleId LEFT JOIN Statements st ON st.ArticleId = m.ArticleId AND st.ParagraphNumber = m.ParagraphNumber " +
                          $"WHERE {MentionCondition()} GROUP BY m.ArticleId, m.ParagraphNumber";
            }
            else if (request.SpeakerId is not null || request.Kind == SearchKind.Statements)
            {
                _source = "SELECT 'Statement' AS type, st.ArticleId AS article_id, st.ParagraphNumber AS paragraph, st.PersonId AS person_id, a.Date AS date, 0 AS score " +
                          "FROM Statements st JOIN Articles a ON a.Id = st.ArticleId";
            }
            else if (request.HasFilters)
            {
                _source = "SELECT 'Article' AS type, a.Id AS article_id, NULL AS paragraph, NULL AS person_id, a.Date AS date, 0 AS score FROM Articles a";
            }

            if (request.SpeakerId is { } speaker)
            {
                Parameters.Add(("$speaker", speaker));
            }

            if (request.From is { } from)
            {
                Parameters.Add(("$from", from.ToString("yyyy-MM-dd")));
            }

            if (request.To is { } to)
            {
                Parameters.Add(("$to", to.ToString("yyyy-MM-dd")));
            }
        }

        public List<(string Name, object? Value)> Parameters { get; } = [];

        public bool CanRun => _source is not null;

        public string Count() => $"SELECT COUNT(*) FROM ({_source}) WHERE {Filters(true, true)}";

        public string Page()
        {
            var order = _request.Sort switch
            {
                SearchSort.Newest => "date DESC, article_id DESC, paragraph",
                SearchSort.Oldest => "date, article_id, paragraph",
                _ => (_request.Query.Words.Count > 0 ? $"{Boost()} DESC, " : string.Empty) + "score, date DESC, article_id DESC, paragraph",
            };
            var offset = (long)(_request.Page - 1) * _request.PageSize;
            return $"SELECT type, article_id, paragraph, person_id FROM ({_source}) WHERE {Filters(true, true)} ORDER BY {order} LIMIT {_request.PageSize} OFFSET {offset}";
        }

        public string Facet(string key, bool withKind, bool withSpeaker = true, bool statementsOnly = false, int limit = 200) =>
            $"SELECT {key}, COUNT(*) FROM ({_source}) WHERE {Filters(withKind, withSpeaker)}{(statementsOnly ? " AND type = 'Statement'" : string.Empty)} " +
            $"GROUP BY {key} ORDER BY COUNT(*) DESC LIMIT {limit}";

        /// <summary>When the words name a person ("hung", "Nguyen Van Hung"), that person's statements come first.</summary>
        private string Boost()
        {
            var words = _request.Query.Words;
            var conditions = string.Join(" AND ", words.Select((_, i) => $"(' ' || p.Key || ' ') LIKE $boost{i}"));
            for (var i = 0; i < words.Count; i++)
            {
                if (!Parameters.Any(p => p.Name == $"$boost{i}"))
                {
                    Parameters.Add(($"$boost{i}", $"% {words[i]} %"));
                }
            }

            return $"(type = 'Statement' AND person_id IN (SELECT p.Id FROM People p WHERE {conditions}))";
        }

        private string Filters(bool withKind, bool withSpeaker)
        {
            var filters = new List<string> { "1 = 1" };
            if (withSpeaker && _request.SpeakerId is not null)
            {
                filters.Add("person_id = $speaker");
            }

            if (_request.From is not null)
            {
                filters.Add("date >= $from");
            }

            if (_request.To is not null)
            {
                filters.Add("date <= $to");
            }

            if (withKind && _request.Kind == SearchKind.Articles)
            {
                filters.Add("type IN ('Article', 'Paragraph')");
            }
            else if (withKind && _request.Kind == SearchKind.Statements)
            {
                filters.Add("type = 'Statement'");
            }

            return string.Join(" AND ", filters);
        }

        private string ArticleDateCondition(string column) =>
            "(" + string.Join(" OR ", _request.Query.Dates.Select((date, i) => DateCondition(column, date, i, "a"))) + ")";

        private string MentionCondition() =>
            "(" + string.Join(" OR ", _request.Query.Dates.Select((date, i) =>
                $"({DateCondition("m.Date", date, i, "m")} AND m.Precision <= {(int)date.Precision})")) + ")";

        private string DateCondition(string column, DateQuery date, int index, string prefix)
        {
            if (date.Month is { } month && date.Day is { } day)
            {
                AddParameter($"$md{index}", $"{month:00}-{day:00}");
                return $"substr({column}, 6, 5) = $md{index}";
            }

            AddParameter($"$df{index}", date.From!.Value.ToString("yyyy-MM-dd"));
            AddParameter($"$dt{index}", date.To!.Value.ToString("yyyy-MM-dd"));
            return $"{column} BETWEEN $df{index} AND $dt{index}";
        }

        private void AddParameter(string name, object value)
        {
            if (!Parameters.Any(p => p.Name == name))
            {
                Parameters.Add((name, value));
            }
        }
    }
}

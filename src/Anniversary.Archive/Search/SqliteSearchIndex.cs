using System.Data.Common;
using System.Text;
using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Anniversary.Archive.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Anniversary.Archive.Search;

/// <summary>
/// Full-text search on SQLite's FTS5. One row per article (headline, standfirst, body, captions,
/// people) and one per body paragraph (a statement when a speaker said it), all holding
/// <see cref="SearchText.Normalize"/>d text (normalised by the importer's reading threads); ranked by bm25 with the headline above the body.
/// </summary>
public sealed partial class SqliteSearchIndex : ISearchIndex
{
    public const string Table = "SearchEntries";

    /// <summary>
    /// Row ids place an article's rows together: −(article id × this + paragraph number, 0 for the
    /// article itself). Negative so that the newest article comes first in ascending row ids, the
    /// order FTS5 reads fastest: newest-first reads of a term held by many rows took half again as long.
    /// </summary>
    private const long RowsPerArticle = 100_000;

    private static long RowId(int articleId, int paragraph) => -(articleId * RowsPerArticle + paragraph);

    /// <summary>The article and paragraph numbers of an index row, in SQL.</summary>
    private static readonly string RowArticle = $"(-{Table}.rowid / {RowsPerArticle})", RowParagraph = $"(-{Table}.rowid % {RowsPerArticle})";

    /// <summary>
    /// Contentless: the index keeps the words, not a copy of the text (the articles hold it), and the
    /// row id says whose words they are. Deletable, so a re-import replaces an article's rows.
    /// </summary>
    public const string CreateTableSql =
        $"CREATE VIRTUAL TABLE {Table} USING fts5(title, body, people, content = '', contentless_delete = 1, " +
        "tokenize = 'unicode61 remove_diacritics 2');";

    /// <summary>
    /// A search reads at most this many of the newest matching rows, plus as many matching in the
    /// headline and as many in people's names: bounded work at any archive size. Counts, facets and
    /// pages cover these; a search that reaches the bound says so.
    /// </summary>
    public const int CandidateLimit = 1000;

    private const int RareTermRows = 5000;

    public const string DropTableSql = $"DROP TABLE IF EXISTS {Table};";

    // bm25 weights of title, body and people: a word in the headline outranks one in the body.
    private const string Rank = $"bm25({Table}, 10.0, 1.0, 5.0)";

    /// <summary>EF Core's migration lock on SQLite: a row in a table, which a killed process never deletes.</summary>
    private const string MigrationsLockTable = "__EFMigrationsLock";

    public async Task ConfigureAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        // WAL lets pages read while the importer writes; it is a property of the file, so set once here.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        // An import killed before building the indexes it deferred left them to whoever opens the
        // archive next; an import still writing builds its own.
        using var importing = TryLockImportFile(db);
        if (importing is not null)
        {
            await BuildDeferredIndexesAsync(db, cancellationToken);
        }
    }

    public IImportStatements OpenImportStatements(ArchiveDbContext db) =>
        new SqliteStatements((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection());

    public void ReplaceArticles(IImportStatements statements, IReadOnlyList<SearchDocument> documents)
    {
        foreach (var document in documents.Where(d => d.Replaces))
        {
            statements.Execute(
                $"DELETE FROM {Table} WHERE rowid BETWEEN @first AND @last",
                ("@first", RowId(document.ArticleId, (int)RowsPerArticle - 1)), ("@last", RowId(document.ArticleId, 0)));
        }

        var rows = new List<(long RowId, string Title, string Body, string People)>();
        foreach (var document in documents)
        {
            var body = string.Join('\n', document.Paragraphs.Select(p => p.Text).Prepend(document.Standfirst ?? string.Empty).Concat(document.Captions));
            rows.Add((RowId(document.ArticleId, 0), document.Title, body, string.Join('\n', document.People.Values)));
            foreach (var (number, text, speaker) in document.Paragraphs.Where(p => p.Number < RowsPerArticle))
            {
                rows.Add((RowId(document.ArticleId, number), string.Empty, text,
                    speaker is { } person ? document.People.GetValueOrDefault(person, string.Empty) : string.Empty));
            }
        }

        // In ascending row ids: FTS5 writes out the terms it holds whenever a row id is lower than the last.
        const string insert = $"INSERT INTO {Table}(rowid, title, body, people) VALUES (@rowid, @title, @body, @people)";
        foreach (var (rowId, title, body, people) in rows.OrderBy(r => r.RowId))
        {
            statements.Execute(insert, ("@rowid", rowId), ("@title", title), ("@body", body), ("@people", people));
        }
    }

    /// <summary>An exclusive lock on a file beside the database: the operating system drops it when the importing process ends, however it ends.</summary>
    public async Task<IDisposable?> TryLockForImportAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var lockFile = TryLockImportFile(db);
        if (lockFile is null)
        {
            return null;
        }

        // For the import's connection only: in WAL, NORMAL syncs at checkpoints, which still survives a
        // killed process (only a power cut can lose the last batches, never corrupt the file), and a
        // larger page cache keeps the indexes being written in memory.
        // Foreign keys are not checked: the importer writes only ids it has just read or created, under
        // this lock, and checking them made every row of an import cost four times as much. The import's
        // own statements run on SQLite's C API, so they wait for another writer by SQLite's busy timeout.
        // The log is copied into the file once it holds 128 MB rather than 4 MB: each batch is more than
        // 4 MB, so every commit copied it, and pages written by many batches (index pages above all)
        // were copied again each time (at 100,000 files: commits 15.6 s -> 11.5 s).
        // The copies of pages a savepoint or a statement keeps to undo itself stay in memory rather than
        // in temporary files: at 100,000 files those files took 18 GB of writes.
        await ExecuteAsync(db, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA foreign_keys = OFF; PRAGMA busy_timeout = 30000; PRAGMA wal_autocheckpoint = 32768; PRAGMA temp_store = MEMORY;", cancellationToken);
        var unmapped = SqliteConnectionSettings.UnmapForImport((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection());

        // FTS5 writes its pending terms out as a new segment whenever they pass 1 MB, several times per
        // batch, and merges every 4 segments of a level. Up to 64 MB pending (a batch's worth) and merges
        // of 8 rewrite each term's rows fewer times; read speed stayed the same (at 100,000 files, both
        // leave 10 segments; indexing and commits 33.5-37.1 s -> 28.8-30.1 s). Both are kept in the index,
        // and written only when they differ: every write changes the index's own record.
        foreach (var (name, value) in new[] { ("hashsize", 64 * 1024 * 1024), ("automerge", 8) })
        {
            var stored = await ScalarAsync(db, $"SELECT v FROM {Table}_config WHERE k = $name", [("$name", name)], cancellationToken);
            if (stored is not long number || number != value)
            {
                await ExecuteAsync(db, $"INSERT INTO {Table}({Table}, rank) VALUES ($name, $value)", cancellationToken, ("$name", name), ("$value", value));
            }
        }

        return new ImportLock(unmapped, lockFile);
    }

    /// <summary>Released in order: the connection mapped again, then the lock file.</summary>
    private sealed class ImportLock(IDisposable unmapped, IDisposable lockFile) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                unmapped.Dispose();
            }
            finally
            {
                lockFile.Dispose();
            }
        }
    }

    /// <summary>
    /// Indexes in no useful order for a growing archive (dates, hashes, speakers), read by pages and
    /// searches, never by the import. Keeping them up costs a random page for every row; at 100,000
    /// new files, building them afterwards made the import 14 % faster (means of three interleaved
    /// runs), 1.6 s of building included.
    /// </summary>
    private static readonly string[] DeferrableIndexes =
        ["IX_Articles_Date", "IX_Articles_MonthDay", "IX_Articles_TextHash", "IX_MentionedDates_Date", "IX_MentionedDates_MonthDay", "IX_Statements_PersonId_Date"];

    private const string DeferredIndexesTable = "DeferredIndexes";

    public async Task DeferIndexesAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var names = string.Join(", ", DeferrableIndexes.Select(name => $"'{name}'"));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(db, $"CREATE TABLE IF NOT EXISTS {DeferredIndexesTable} (Name TEXT PRIMARY KEY, Sql TEXT NOT NULL)", cancellationToken);
        await ExecuteAsync(db, $"INSERT OR IGNORE INTO {DeferredIndexesTable} SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({names})", cancellationToken);
        foreach (var name in DeferrableIndexes)
        {
            await ExecuteAsync(db, $"DROP INDEX IF EXISTS \"{name}\"", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task BuildDeferredIndexesAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        if (!await TableExistsAsync(db, DeferredIndexesTable, cancellationToken))
        {
            return;
        }

        var statements = new List<string>();
        await using (var command = await CommandAsync(db, $"SELECT Sql FROM {DeferredIndexesTable} ORDER BY Name", [], cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                statements.Add(reader.GetString(0));
            }
        }

        // SQLite keeps a CREATE statement without its IF NOT EXISTS: put back, an index built already is left as it is.
        const string create = "CREATE INDEX ";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var sql in statements)
        {
            await ExecuteAsync(db, sql.StartsWith(create, StringComparison.Ordinal) ? "CREATE INDEX IF NOT EXISTS " + sql[create.Length..] : sql, cancellationToken);
        }

        await ExecuteAsync(db, $"DROP TABLE {DeferredIndexesTable}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static IDisposable? TryLockImportFile(ArchiveDbContext db)
    {
        var dataSource = db.Database.GetDbConnection().DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return new MemoryStream();
        }

        try
        {
            return new FileStream(Path.GetFullPath(dataSource) + ".import-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// An exclusive lock on a file beside the database, which the operating system drops with its
    /// process. EF Core's own lock is a row that a process killed while migrating leaves behind, and
    /// every later migration would wait for it forever; under this lock such a row is stale, so it goes.
    /// </summary>
    public async Task<IDisposable> LockForMigrationAsync(ArchiveDbContext db, CancellationToken cancellationToken = default)
    {
        var dataSource = db.Database.GetDbConnection().DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return new MemoryStream();
        }

        FileStream lockFile;
        while (true)
        {
            try
            {
                lockFile = new FileStream(Path.GetFullPath(dataSource) + ".migrate-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                break;
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }

        try
        {
            if (await TableExistsAsync(db, MigrationsLockTable, cancellationToken))
            {
                await ExecuteAsync(db, $"DELETE FROM {MigrationsLockTable}", cancellationToken);
            }
        }
        catch
        {
            await lockFile.DisposeAsync();
            throw;
        }

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
        var named = await NamedPeopleAsync(db, request.Query.Words, cancellationToken);
        var namedPeople = named.Ids;
        var sql = new SearchSql(request, namedPeople);
        if (!sql.CanRun)
        {
            return SearchResults.Empty;
        }

        // One bounded read of the candidates; counting, faceting, ordering and paging happen here.
        // bm25 needs how many rows hold each term, which FTS5 counts by reading every row that holds
        // it: affordable only when the search stays under the bound and each of its terms is rare.
        // Otherwise headline matches come first, then the newest.
        var read = await RowsAsync(db, sql.Candidates(ranked: false), sql.Parameters, namedPeople, cancellationToken);
        var namedStatements = sql.NamedStatements is not null && (sql.NamedStatementsNeeded || read.Count(r => r.Window == SearchSql.IndexWindow) > CandidateLimit)
            ? await NamedStatementsAsync(db, sql, named, cancellationToken)
            : [];
        read.AddRange(namedStatements);

        var windows = read.GroupBy(c => c.Window).ToList();
        var more = windows.Any(window => window.Count() > CandidateLimit);
        var candidates = windows.SelectMany(window => window.Take(CandidateLimit)).ToList();
        if (request.Query.Match is not null)
        {
            candidates = more || !(ReadEveryRowOfItsTerm(request) || await TermsAreRareAsync(db, request.Query, cancellationToken))
                ? HeadlinesFirst(candidates, request.Query)
                : [.. await RowsAsync(db, sql.Candidates(ranked: true), sql.Parameters, namedPeople, cancellationToken), .. namedStatements];
        }

        var rows = candidates.GroupBy(c => (c.ArticleId, c.Paragraph)).Select(g => g.OrderBy(c => c.Score).First()).ToList();

        var ordered = request.Sort switch
        {
            SearchSort.Newest => rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.ArticleId).ThenBy(r => r.Paragraph ?? 0),
            SearchSort.Oldest => rows.OrderBy(r => r.Date).ThenBy(r => r.ArticleId).ThenBy(r => r.Paragraph ?? 0),
            _ => rows.OrderByDescending(r => r.Boosted).ThenBy(r => r.Score).ThenByDescending(r => r.Date).ThenByDescending(r => r.ArticleId).ThenBy(r => r.Paragraph ?? 0),
        };
        var page = ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();

        var kinds = rows.GroupBy(r => r.Type).Select(g => new FacetCount(g.Key.ToString(), KindLabel(g.Key), g.Count())).OrderByDescending(k => k.Count).ToList();
        var months = rows.GroupBy(r => r.Date.Year * 100 + r.Date.Month).OrderBy(g => g.Key)
            .Select(g => (Month: $"{g.Key / 100:0000}-{g.Key % 100:00}", Count: g.Count())).Select(m => new FacetCount(m.Month, m.Month, m.Count)).ToList();
        var speakerCounts = rows.Where(r => r.Type == HitType.Statement && r.PersonId is not null)
            .GroupBy(r => r.PersonId!.Value).Select(g => (Id: g.Key, Count: g.Count())).OrderByDescending(s => s.Count).Take(20).ToList();

        var hits = await HydrateAsync(db, page, request.Query, cancellationToken);
        var people = await PeopleAsync(db, speakerCounts.Select(s => s.Id).ToList(), cancellationToken);
        return new SearchResults(
            rows.Count,
            hits,
            kinds,
            speakerCounts.Where(s => people.ContainsKey(s.Id)).Select(s => new FacetCount(people[s.Id].Slug, people[s.Id].Name, s.Count)).ToList(),
            months,
            more);
    }

    /// <summary>
    /// The people whose folded name holds every word searched for ("khai", "nguyen van hung"): few, and read once.
    /// instr, not LIKE: exact, and 0.46 -> 0.28 ms over 2,056 people.
    /// </summary>
    private static async Task<NamedPeople> NamedPeopleAsync(ArchiveDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
        {
            return new NamedPeople([], 0);
        }

        var sql = "SELECT Id, StatementCount FROM People WHERE " + string.Join(" AND ", words.Select((_, i) => $"instr(' ' || Key || ' ', $name{i}) > 0")) + " LIMIT 50";
        await using var command = await CommandAsync(db, sql, words.Select((word, i) => ($"$name{i}", (object?)$" {word} ")), cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<int>();
        var statements = 0L;
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
            statements += reader.GetInt64(1);
        }

        return new NamedPeople(ids, statements);
    }

    private sealed record NamedPeople(List<int> Ids, long Statements);

    /// <summary>
    /// The named people's newest statements, read off the speaker index from a floor date: one that
    /// leaves about twice the window's bound if their statements are spread evenly over the archive's
    /// days, moved back fourfold until the window fills or the floor reaches the first day. Sorting
    /// every statement of the 50 people named "Nguyen" (30,328 of 1.2 million at 100,000 articles)
    /// to keep the newest 1,001 took 28.6 ms.
    /// </summary>
    private static async Task<List<HitRow>> NamedStatementsAsync(ArchiveDbContext db, SearchSql sql, NamedPeople people, CancellationToken cancellationToken)
    {
        var named = sql.NamedStatements!;
        var (first, last) = await ArchiveDaysAsync(db, cancellationToken);
        var days = (long)last.DayNumber - first.DayNumber;
        var span = people.Statements <= CandidateLimit ? days : Math.Max(1, 2 * (CandidateLimit + 1) * days / people.Statements);
        while (true)
        {
            var floor = span >= days ? first : last.AddDays((int)-span);
            var rows = await RowsAsync(db, named, [.. sql.ParametersOf(named), (SearchSql.FloorParameter, floor.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))], people.Ids, cancellationToken);
            if (rows.Count > CandidateLimit || floor == first)
            {
                return rows;
            }

            span *= 4;
        }
    }

    /// <summary>The first and last article dates; separate lookups, as SQLite reads min and max off an index only one per query.</summary>
    private static async Task<(DateOnly First, DateOnly Last)> ArchiveDaysAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, "SELECT (SELECT min(Date) FROM Articles), (SELECT max(Date) FROM Articles)", [], cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0)
            ? (DateOnly.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture))
            : (DateOnly.MinValue, DateOnly.MinValue);
    }

    /// <summary>
    /// A search of one wanted term and nothing else: its index window, under the bound, held every
    /// row that holds the term, so the term is rare without counting (a phrase of three common
    /// words took 6.7 ms to count).
    /// </summary>
    private static bool ReadEveryRowOfItsTerm(SearchRequest request) =>
        request.Query.Terms is [{ Negated: false }] && request.Query.Dates.Count == 0 && !request.HasFilters && request.Kind == SearchKind.Both;

    /// <summary>True when no term of the search is held by more than <see cref="RareTermRows"/> rows; each answer reads at most that many.</summary>
    private static async Task<bool> TermsAreRareAsync(ArchiveDbContext db, SearchQuery query, CancellationToken cancellationToken)
    {
        foreach (var term in query.Terms)
        {
            var phrase = "\"" + string.Join(' ', term.Words) + "\"";
            var rows = Convert.ToInt32(await ScalarAsync(
                db, $"SELECT count(*) FROM (SELECT rowid FROM {Table} WHERE {Table} MATCH $phrase LIMIT {RareTermRows + 1})", [("$phrase", phrase)], cancellationToken));
            if (rows > RareTermRows)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Article rows whose headline holds every word searched for score as the best matches.</summary>
    private static List<HitRow> HeadlinesFirst(List<HitRow> rows, SearchQuery query) =>
        rows.Select(r => r with { Score = r.Headline is not null && SearchText.HoldsAll(r.Headline, query.Words) ? -1 : 0 }).ToList();

    private static string KindLabel(HitType type) => type switch
    {
        HitType.Article => "Articles",
        HitType.Statement => "Statements",
        _ => "Paragraphs",
    };

    private static async Task<List<SearchHit>> HydrateAsync(ArchiveDbContext db, List<HitRow> rows, SearchQuery query, CancellationToken cancellationToken)
    {
        var articleIds = rows.Select(r => r.ArticleId).Distinct().ToList();
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, a.Date, a.Standfirst })
            .ToDictionaryAsync(a => a.Id, cancellationToken);

        // An article found as a whole shows its first paragraph that holds a word searched for, so
        // all its paragraphs are read; of the others only the paragraphs found.
        var wholeArticles = rows.Where(r => r.Paragraph is null).Select(r => r.ArticleId).Distinct().ToList();
        var withParagraphs = rows.Where(r => r.Paragraph is not null).Select(r => r.ArticleId).Distinct().ToList();
        var numbers = rows.Where(r => r.Paragraph is not null).Select(r => r.Paragraph!.Value).Distinct().ToList();
        var paragraphs = await db.Paragraphs
            .Where(p => wholeArticles.Contains(p.ArticleId) || (withParagraphs.Contains(p.ArticleId) && numbers.Contains(p.Number)))
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
                : own.Select(p => p.Text).FirstOrDefault(t => Snippets.Contains(t, query.Highlights) || DatesAnswering(t, article.Date, query).Count > 0) ?? article.Standfirst ?? own.FirstOrDefault()?.Text ?? string.Empty;
            var person = row.PersonId is { } personId ? appearances.FirstOrDefault(a => a.ArticleId == row.ArticleId && a.PersonId == personId) : null;
            hits.Add(new SearchHit(row.Type, article.Slug, article.Title, article.Date, row.Paragraph, person?.Slug, person?.Name, person?.Role,
                Snippets.Highlight(text, query.Highlights, DatesAnswering(text, article.Date, query))));
        }

        return hits;
    }

    /// <summary>For a search by date, where the text mentions a date that answers it: "January 7" of 2024, not the one of "January 7, 1979".</summary>
    private static List<(int Start, int End)> DatesAnswering(string text, DateOnly articleDate, SearchQuery query) =>
        query.Dates.Count == 0
            ? []
            : DateMentions.Find(text, articleDate).Where(m => query.Dates.Any(d => d.Matches(m))).Select(m => (m.Index, m.Index + m.Length)).ToList();

    private static async Task<Dictionary<int, (string Slug, string Name)>> PeopleAsync(ArchiveDbContext db, List<int> ids, CancellationToken cancellationToken) =>
        await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (p.Slug, p.Name), cancellationToken);

    private static async Task ExecuteAsync(ArchiveDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = await CommandAsync(db, sql, parameters, cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<bool> TableExistsAsync(ArchiveDbContext db, string table, CancellationToken cancellationToken) =>
        Convert.ToInt64(
            await ScalarAsync(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name", [("$name", table)], cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture) > 0;

    private static async Task<object?> ScalarAsync(ArchiveDbContext db, string sql, IEnumerable<(string, object?)> parameters, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, sql, parameters, cancellationToken);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// The candidates, read on SQLite's C API: through ADO.NET each value read cost two calls into
    /// SQLite, 3.2 of the 10.5 ms the generated-name search at 100,000 articles spent reading 1,449 rows.
    /// </summary>
    private static async Task<List<HitRow>> RowsAsync(
        ArchiveDbContext db, string sql, IEnumerable<(string Name, object? Value)> parameters, IReadOnlyCollection<int> namedPeople, CancellationToken cancellationToken)
    {
        using var statements = new SqliteStatements((Microsoft.Data.Sqlite.SqliteConnection)await OpenAsync(db, cancellationToken));
        var rows = new List<HitRow>();
        statements.Read(sql, parameters.ToArray(), row =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paragraph = NullableInt(row, 1);
            var personId = NullableInt(row, 2);
            rows.Add(new HitRow(
                raw.sqlite3_column_int(row, 5),
                paragraph is null ? HitType.Article : personId is null ? HitType.Paragraph : HitType.Statement,
                raw.sqlite3_column_int(row, 0),
                paragraph,
                personId,
                IsoDate(raw.sqlite3_column_blob(row, 3)),
                raw.sqlite3_column_double(row, 4),
                personId is { } id && namedPeople.Contains(id),
                raw.sqlite3_column_type(row, 6) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(row, 6).utf8_to_string()));
        });

        return rows;
    }

    private static int? NullableInt(sqlite3_stmt row, int column) =>
        raw.sqlite3_column_type(row, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int(row, column);

    /// <summary>A stored date (yyyy-MM-dd) read by hand off SQLite's bytes: 46 ns against ParseExact's 311, 0.4 ms of a search reading 1,449 candidates.</summary>
    private static DateOnly IsoDate(ReadOnlySpan<byte> text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
            ? new DateOnly(Number(text[..4]), Number(text[5..7]), Number(text[8..]))
            : DateOnly.ParseExact(Encoding.UTF8.GetString(text), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static int Number(ReadOnlySpan<byte> digits) =>
        int.Parse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<DbConnection> OpenAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return connection;
    }

    private static async Task<DbCommand> CommandAsync(ArchiveDbContext db, string sql, IEnumerable<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var command = (await OpenAsync(db, cancellationToken)).CreateCommand();
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

    private sealed record HitRow(int Window, HitType Type, int ArticleId, int? Paragraph, int? PersonId, DateOnly Date, double Score, bool Boosted, string? Headline);

    /// <summary>
    /// The SQL of one search: up to three windows of candidates — rows of the full-text index, the
    /// dates typed, or the filters alone — each narrowed by the same filters, newest first, bounded
    /// by <see cref="CandidateLimit"/>. Every window gives article, paragraph, speaker, date, score,
    /// the window's number, and the headline of a row that is a whole article.
    /// </summary>
    private sealed partial class SearchSql
    {
        private static readonly string FromIndex =
            $"{Table} JOIN Articles a ON a.Id = {RowArticle} " +
            $"LEFT JOIN Statements st ON st.ArticleId = a.Id AND st.ParagraphNumber = {RowParagraph}";

        private const string RankPlaceholder = "{rank}";

        private static readonly string IndexParagraph = $"NULLIF({RowParagraph}, 0)";

        private readonly SearchRequest _request;
        private readonly string _namedPeople;
        private readonly List<string> _windows = [];

        /// <summary>The window of the full-text index's rows, when there is one.</summary>
        public const int IndexWindow = 0;

        public SearchSql(SearchRequest request, IReadOnlyList<int> namedPeople)
        {
            _request = request;
            _namedPeople = string.Join(", ", namedPeople.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var query = request.Query;
            if (query.Match is not null)
            {
                var dates = query.Dates.Count == 0 ? string.Empty : $" AND ({ArticleDateCondition("a.Date")} OR EXISTS (SELECT 1 FROM MentionedDates m WHERE m.ArticleId = a.Id AND {MentionCondition()}))";
                AddParameter("$match", query.Match);
                AddWindow("a.Id", IndexParagraph, "st.PersonId", RankPlaceholder, FromIndex, $"{Table} MATCH $match{dates}", $"{Table}.rowid");

                // A reader who types a name wants that person's words: their statements, read from the
                // statements, as the index window may have stopped at its bound before reaching them all.
                // An index row of a statement holds its speaker's name, so when every term is one word the
                // index window already holds them all unless it reached its bound; only then are they read
                // (the generated-name search at 100,000 articles read 530 statements it had, for 1 ms).
                // A phrase may hold the name's words in another order, so then they are always read.
                if (_namedPeople.Length > 0 && query.Terms.All(t => !t.Negated))
                {
                    NamedStatements = Window(
                        "a.Id", "st.ParagraphNumber", "st.PersonId", "0",
                        "Statements st JOIN Articles a ON a.Id = st.ArticleId", $"st.PersonId IN ({_namedPeople}) AND st.Date >= {FloorParameter}{dates}", "st.Date DESC, st.ArticleId DESC, st.ParagraphNumber");
                    NamedStatementsNeeded = query.Terms.Any(t => t.Words.Count > 1);
                }
            }
            else if (query.Dates.Count > 0)
            {
                AddWindow("a.Id", "NULL", "NULL", "0", "Articles a", ArticleDateCondition("a.Date"), "a.Date DESC, a.Id DESC");
                AddWindow(
                    "m.ArticleId", "m.ParagraphNumber", "st.PersonId", "1",
                    "MentionedDates m JOIN Articles a ON a.Id = m.ArticleId LEFT JOIN Statements st ON st.ArticleId = m.ArticleId AND st.ParagraphNumber = m.ParagraphNumber",
                    MentionCondition(), "a.Date DESC, m.ArticleId DESC, m.ParagraphNumber", "GROUP BY m.ArticleId, m.ParagraphNumber");
            }
            else if (request.SpeakerId is not null || request.Kind == SearchKind.Statements)
            {
                AddWindow("a.Id", "st.ParagraphNumber", "st.PersonId", "0", "Statements st JOIN Articles a ON a.Id = st.ArticleId", "1 = 1", "st.Date DESC, st.ArticleId DESC, st.ParagraphNumber");
            }
            else if (request.HasFilters)
            {
                AddWindow("a.Id", "NULL", "NULL", "0", "Articles a", "1 = 1", "a.Date DESC, a.Id DESC");
            }

            if (request.SpeakerId is { } speaker)
            {
                AddParameter("$speaker", speaker);
            }

            if (request.From is { } from)
            {
                AddParameter("$from", from.ToString("yyyy-MM-dd"));
            }

            if (request.To is { } to)
            {
                AddParameter("$to", to.ToString("yyyy-MM-dd"));
            }
        }

        public List<(string Name, object? Value)> Parameters { get; } = [];

        public bool CanRun => _windows.Count > 0;

        /// <summary>The named people's statements dated <see cref="FloorParameter"/> or later, newest first.</summary>
        public string? NamedStatements { get; }

        /// <summary>Whether <see cref="NamedStatements"/> may hold what the index window does not, even when it stayed under its bound.</summary>
        public bool NamedStatementsNeeded { get; }

        public const string FloorParameter = "$floor";

        /// <summary>The parameters a statement built here uses (SQLite refuses to bind one it lacks).</summary>
        public List<(string Name, object? Value)> ParametersOf(string sql)
        {
            var used = ParameterName().Matches(sql).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            return Parameters.Where(p => used.Contains(p.Name)).ToList();
        }

        /// <summary>Each window reads one row past the bound, so a window that reached it says so.</summary>
        public string Candidates(bool ranked) =>
            string.Join(" UNION ALL ", _windows.Select(w => $"SELECT * FROM ({w.Replace(RankPlaceholder, ranked ? Rank : "0", StringComparison.Ordinal)})"));

        private void AddWindow(string article, string paragraph, string person, string score, string from, string where, string order, string groupBy = "") =>
            _windows.Add(Window(article, paragraph, person, score, from, where, order, groupBy));

        /// <summary>A window's SQL, numbered as the next window added.</summary>
        private string Window(string article, string paragraph, string person, string score, string from, string where, string order, string groupBy = "") =>
            $"SELECT {article}, {paragraph}, {person}, a.Date, {score}, {_windows.Count}, CASE WHEN {paragraph} IS NULL THEN a.Title END FROM {from} " +
            $"WHERE {where} AND {Filters(person)} {groupBy} ORDER BY {order} LIMIT {CandidateLimit + 1}";

        private string Filters(string person)
        {
            var filters = new List<string> { "1 = 1" };
            if (_request.SpeakerId is not null)
            {
                filters.Add($"{person} = $speaker");
            }

            if (_request.From is not null)
            {
                filters.Add("a.Date >= $from");
            }

            if (_request.To is not null)
            {
                filters.Add("a.Date <= $to");
            }

            if (_request.Kind == SearchKind.Articles)
            {
                filters.Add($"{person} IS NULL");
            }
            else if (_request.Kind == SearchKind.Statements)
            {
                filters.Add($"{person} IS NOT NULL");
            }

            return string.Join(" AND ", filters);
        }

        private string ArticleDateCondition(string column) =>
            "(" + string.Join(" OR ", _request.Query.Dates.Select((date, i) => DateCondition(column, date, i))) + ")";

        private string MentionCondition() =>
            "(" + string.Join(" OR ", _request.Query.Dates.Select((date, i) =>
                $"({DateCondition("m.Date", date, i)} AND m.Precision <= {(int)date.Precision})")) + ")";

        private string DateCondition(string column, DateQuery date, int index)
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

        [System.Text.RegularExpressions.GeneratedRegex(@"\$\w+")]
        private static partial System.Text.RegularExpressions.Regex ParameterName();

        private void AddParameter(string name, object value)
        {
            if (!Parameters.Any(p => p.Name == name))
            {
                Parameters.Add((name, value));
            }
        }
    }
}

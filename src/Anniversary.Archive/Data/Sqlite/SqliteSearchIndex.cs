using System.Text;
using Anniversary.Archive.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// Search on SQLite's FTS5 (<see cref="SqliteSearchEntries"/>): a bounded read of the newest
/// candidates, ranked by bm25 with the headline above the body when affordable, else headlines first.
/// </summary>
public sealed class SqliteSearchIndex : IArchiveSearch
{
    private const string Table = SqliteSearchEntries.Table;

    /// <summary>
    /// A search reads at most this many of the newest matching rows, plus as many matching in the
    /// headline and as many in people's names: bounded work at any archive size. Counts, facets and
    /// pages cover these; a search that reaches the bound says so.
    /// </summary>
    public const int CandidateLimit = 1000;

    private const int RareTermRows = 5000;

    public async Task<SearchResults> SearchAsync(ArchiveDbContext db, SearchRequest request, CancellationToken cancellationToken = default)
    {
        var named = await NamedPeopleAsync(db, request.Query.Words, cancellationToken);
        var namedPeople = named.Ids;
        var sql = new SqliteSearchSql(request, namedPeople);
        if (!sql.CanRun)
        {
            return SearchResults.Empty;
        }

        // One bounded read of the candidates; counting, faceting, ordering and paging happen here.
        // bm25 needs how many rows hold each term, which FTS5 counts by reading every row that holds
        // it: affordable only when the search stays under the bound and each of its terms is rare.
        // Otherwise headline matches come first, then the newest.
        using var articleTerms = sql.ArticleTerms?.Check is null ? null : new SqliteArticleTermCursors((SqliteConnection)await db.OpenAsync(cancellationToken), sql.ArticleTerms.Terms);
        var read = await CandidatesAsync(db, sql, ranked: false, namedPeople, cancellationToken);
        var namedStatements = sql.NamedStatements is not null ? await NamedStatementsAsync(db, sql, named, cancellationToken) : [];
        read.AddRange(namedStatements);

        var windows = read.GroupBy(c => c.Window).ToList();
        var truncated = windows.Any(window => window.Count() > CandidateLimit);
        var candidates = windows.SelectMany(window => window.Take(CandidateLimit)).ToList();
        if (request.Query.Match is not null)
        {
            candidates = truncated || !(ReadEveryRowOfItsTerm(request) || await TermsAreRareAsync(db, request.Query, cancellationToken))
                ? HeadlinesFirst(candidates, request.Query)
                : [.. HeadlinesFirstAmongRanked(await CandidatesAsync(db, sql, ranked: true, namedPeople, cancellationToken), request.Query), .. namedStatements];
        }
        var found = candidates.Select(c => new SearchCandidate(c.Type, c.ArticleId, c.Paragraph, c.PersonId, c.Date, c.Score, c.Boosted, c.Headline)).ToList();
        return await SearchCandidates.ResultsAsync(db, request, found, truncated, cancellationToken);
    }


    /// <summary>
    /// The people whose folded name holds every word searched for ("khai", "nguyen van hung"): few, and read once.
    /// instr, not LIKE: exact, and faster.
    /// </summary>
    private static async Task<NamedPeople> NamedPeopleAsync(ArchiveDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
        {
            return new NamedPeople([], 0);
        }

        var sql = "SELECT Id, StatementCount FROM People WHERE " + string.Join(" AND ", words.Select((_, i) => $"instr(' ' || Key || ' ', $name{i}) > 0")) + " LIMIT 50";
        await using var command = await db.CommandAsync(sql, words.Select((word, i) => ($"$name{i}", (object?)$" {word} ")), cancellationToken);
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
    /// every statement of a common family name's many people to keep the newest would cost a search
    /// many times its other work.
    /// </summary>
    private static async Task<List<HitRow>> NamedStatementsAsync(ArchiveDbContext db, SqliteSearchSql sql, NamedPeople people, CancellationToken cancellationToken)
    {
        var named = sql.NamedStatements!;
        if (people.Statements <= CandidateLimit)
        {
            // Few enough to read them all, from no floor: no need to know the archive's days.
            return await RowsAsync(db, named, [.. sql.ParametersOf(named), (SqliteSearchSql.FloorParameter, SqliteDates.Number(DateOnly.MinValue))], people.Ids, cancellationToken);
        }

        var (first, last) = await ArchiveDaysAsync(db, cancellationToken);
        var days = (long)last.DayNumber - first.DayNumber;
        var span = Math.Max(1, 2 * (CandidateLimit + 1) * days / people.Statements);
        while (true)
        {
            var floor = span >= days ? first : last.AddDays((int)-span);
            var rows = await RowsAsync(db, named, [.. sql.ParametersOf(named), (SqliteSearchSql.FloorParameter, SqliteDates.Number(floor))], people.Ids, cancellationToken);
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
        await using var command = await db.CommandAsync("SELECT (SELECT min(Date) FROM Articles), (SELECT max(Date) FROM Articles)", [], cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0)
            ? (DateOnly.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture))
            : (DateOnly.MinValue, DateOnly.MinValue);
    }

    /// <summary>
    /// A search of one wanted term and nothing else: its index window, under the bound, held every
    /// row that holds the term, so the term is rare without counting (a phrase of three common
    /// words is slow to count).
    /// </summary>
    private static bool ReadEveryRowOfItsTerm(SearchRequest request) =>
        request.Query.Terms is [{ Negated: false }] && request.Query.Dates.Count == 0 && !request.HasFilters && request.Kind == SearchKind.Both;

    /// <summary>True when no term of the search is held by more than <see cref="RareTermRows"/> rows; each answer reads at most that many.</summary>
    private static async Task<bool> TermsAreRareAsync(ArchiveDbContext db, SearchQuery query, CancellationToken cancellationToken)
    {
        foreach (var term in query.Terms)
        {
            var phrase = "\"" + string.Join(' ', term.Words) + "\"";
            var rows = Convert.ToInt32(await db.ScalarAsync(
                $"SELECT count(*) FROM (SELECT rowid FROM {Table} WHERE {Table} MATCH $phrase LIMIT {RareTermRows + 1})", [("$phrase", phrase)], cancellationToken));
            if (rows > RareTermRows)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every window's candidates. The index window is read in two parts, its paragraphs and its whole
    /// articles, each newest first, merged as one read of both would give them (an article after its
    /// paragraphs) and stopped at the bound, so that neither part reads further than the window keeps.
    /// </summary>
    private static async Task<List<HitRow>> CandidatesAsync(ArchiveDbContext db, SqliteSearchSql sql, bool ranked, IReadOnlyCollection<int> namedPeople, CancellationToken cancellationToken)
    {
        if (sql.ArticleWindow is not { } articles)
        {
            return await RowsAsync(db, sql.Candidates(ranked), sql.ParametersOf(sql.Candidates(ranked)), namedPeople, cancellationToken);
        }

        if (!sql.HasWindows)
        {
            return await RowsAsync(db, articles, sql.ParametersOf(articles), namedPeople, cancellationToken);
        }

        // With words searched, the paragraphs are the only window of Candidates.
        var paragraphs = sql.Candidates(ranked);
        using var statements = new SqliteStatements((SqliteConnection)await db.OpenAsync(cancellationToken));
        var rows = new List<HitRow>();
        statements.ReadMerged(
            (paragraphs, [.. sql.ParametersOf(paragraphs)]), (articles, [.. sql.ParametersOf(articles)]),
            (paragraph, article) => raw.sqlite3_column_int64(paragraph, 0) >= raw.sqlite3_column_int64(article, 0),
            row =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows.Add(Row(row, namedPeople));
                return rows.Count <= CandidateLimit;
            });
        return rows;
    }

    /// <summary>
    /// bm25 scores the paragraphs; an article found as a whole (from its words, which have no
    /// positions to score) comes before them when its headline holds every word searched for, after them otherwise.
    /// </summary>
    private static IEnumerable<HitRow> HeadlinesFirstAmongRanked(List<HitRow> rows, SearchQuery query)
    {
        var sought = new SearchText.WordsSought(query.Words);
        return rows.Select(r => r.Type == HitType.Article && r.Headline is not null && sought.HeldBy(r.Headline) ? r with { Score = HeadlineScore } : r);
    }

    // Below any bm25 score FTS5 gives (bm25 is negative, lower is better).
    private const double HeadlineScore = -1e9;

    /// <summary>Article rows whose headline holds every word searched for score as the best matches.</summary>
    private static List<HitRow> HeadlinesFirst(List<HitRow> rows, SearchQuery query)
    {
        var sought = new SearchText.WordsSought(query.Words);
        return rows.Select(r => r with { Score = r.Headline is not null && sought.HeldBy(r.Headline) ? -1 : 0 }).ToList();
    }

    /// <summary>
    /// The candidates, read on SQLite's C API: through ADO.NET each value read cost two calls into
    /// SQLite, a third of the time a search spent reading its candidates.
    /// </summary>
    private static async Task<List<HitRow>> RowsAsync(
        ArchiveDbContext db, string sql, IEnumerable<(string Name, object? Value)> parameters, IReadOnlyCollection<int> namedPeople, CancellationToken cancellationToken)
    {
        using var statements = new SqliteStatements((SqliteConnection)await db.OpenAsync(cancellationToken));
        var rows = new List<HitRow>();
        statements.Read(sql, parameters.ToArray(), row =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(Row(row, namedPeople));
        });

        return rows;
    }

    private static HitRow Row(sqlite3_stmt row, IReadOnlyCollection<int> namedPeople)
    {
        var paragraph = NullableInt(row, 1);
        var personId = NullableInt(row, 2);
        return new HitRow(
            raw.sqlite3_column_int(row, 5),
            paragraph is null ? HitType.Article : personId is null ? HitType.Paragraph : HitType.Statement,
            raw.sqlite3_column_int(row, 0),
            paragraph,
            personId,
            IsoDate(raw.sqlite3_column_blob(row, 3)),
            raw.sqlite3_column_double(row, 4),
            personId is { } id && namedPeople.Contains(id),
            raw.sqlite3_column_type(row, 6) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(row, 6).utf8_to_string());
    }

    private static int? NullableInt(sqlite3_stmt row, int column) =>
        raw.sqlite3_column_type(row, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int(row, column);

    /// <summary>A stored date (yyyy-MM-dd) read by hand off SQLite's bytes: several times faster than ParseExact, for every candidate.</summary>
    private static DateOnly IsoDate(ReadOnlySpan<byte> text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
            ? new DateOnly(Number(text[..4]), Number(text[5..7]), Number(text[8..]))
            : DateOnly.ParseExact(Encoding.UTF8.GetString(text), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static int Number(ReadOnlySpan<byte> digits) =>
        int.Parse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
    private sealed record HitRow(int Window, HitType Type, int ArticleId, int? Paragraph, int? PersonId, DateOnly Date, double Score, bool Boosted, string? Headline);
}

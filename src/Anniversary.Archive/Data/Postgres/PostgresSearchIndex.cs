using Anniversary.Archive.Search;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// Search on PostgreSQL's full-text index (<see cref="PostgresSearchEntries"/>), by the SQLite
/// engine's rules: a bounded read of the newest candidates, ranked with the headline above the
/// body (ts_rank) when the search stays under its bound, else headlines first.
/// </summary>
public sealed class PostgresSearchIndex : IArchiveSearch
{
    /// <summary>The SQLite engine's bound, for the same counts and pages on both engines.</summary>
    public const int CandidateLimit = 1000;

    // The search's own commands are plain ones, which EF Core's retries do not cover: the whole search,
    // a read, runs again on a new connection when a stopped server broke the one it had.
    public Task<SearchResults> SearchAsync(ArchiveDbContext db, SearchRequest request, CancellationToken cancellationToken = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(() => SearchOnceAsync(db, request, cancellationToken));

    private static async Task<SearchResults> SearchOnceAsync(ArchiveDbContext db, SearchRequest request, CancellationToken cancellationToken)
    {
        var named = await NamedPeopleAsync(db, request.Query.Words, cancellationToken);
        var sql = new PostgresSearchSql(request, named.Ids);
        if (!sql.CanRun)
        {
            return SearchResults.Empty;
        }

        // ts_rank reads only the row it scores, so ranking costs the same whatever the words; it is
        // left out only where the SQLite engine leaves bm25 out for a search past its bound.
        var read = await RowsAsync(db, sql.Candidates(ranked: false), sql.Parameters, named.Ids, cancellationToken);
        var namedStatements = sql.NamedStatements is not null ? await NamedStatementsAsync(db, sql, named, cancellationToken) : [];
        read.AddRange(namedStatements);

        var windows = read.GroupBy(c => c.Window).ToList();
        var truncated = windows.Any(window => window.Count() > CandidateLimit);
        var candidates = windows.SelectMany(window => window.Take(CandidateLimit)).ToList();
        if (request.Query.Match is not null)
        {
            candidates = truncated
                ? HeadlinesFirst(candidates, request.Query)
                : [.. await RowsAsync(db, sql.Candidates(ranked: true), sql.Parameters, named.Ids, cancellationToken), .. namedStatements];
        }

        var found = candidates.Select(c => new SearchCandidate(c.Type, c.ArticleId, c.Paragraph, c.PersonId, c.Date, c.Score, c.Boosted, c.Headline)).ToList();
        return await SearchCandidates.ResultsAsync(db, request, found, truncated, cancellationToken);
    }

    /// <summary>The people whose folded name holds every word searched for ("khai", "nguyen van hung"): few, and read once.</summary>
    private static async Task<NamedPeople> NamedPeopleAsync(ArchiveDbContext db, IReadOnlyList<string> words, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
        {
            return new NamedPeople([], 0);
        }

        var sql = "SELECT \"Id\", \"StatementCount\" FROM \"People\" WHERE " + string.Join(" AND ", words.Select((_, i) => $"strpos(' ' || \"Key\" || ' ', @name{i}) > 0")) + " LIMIT 50";
        await using var command = await db.CommandAsync(sql, words.Select((word, i) => ($"name{i}", (object?)$" {word} ")), cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<int>();
        var statements = 0L;
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
            statements += reader.GetInt32(1);
        }

        return new NamedPeople(ids, statements);
    }

    private sealed record NamedPeople(List<int> Ids, long Statements);

    /// <summary>The named people's newest statements, from a floor date moved back fourfold until the window fills (as on SQLite).</summary>
    private static async Task<List<HitRow>> NamedStatementsAsync(ArchiveDbContext db, PostgresSearchSql sql, NamedPeople people, CancellationToken cancellationToken)
    {
        var named = sql.NamedStatements!;
        if (people.Statements <= CandidateLimit)
        {
            // Few enough to read them all, from no floor: no need to know the archive's days.
            return await RowsAsync(db, named, [.. sql.ParametersOf(named), (PostgresSearchSql.FloorParameter, DateOnly.MinValue)], people.Ids, cancellationToken);
        }

        var (first, last) = await ArchiveDaysAsync(db, cancellationToken);
        var days = (long)last.DayNumber - first.DayNumber;
        var span = Math.Max(1, 2 * (CandidateLimit + 1) * days / people.Statements);
        while (true)
        {
            var floor = span >= days ? first : last.AddDays((int)-span);
            var rows = await RowsAsync(db, named, [.. sql.ParametersOf(named), (PostgresSearchSql.FloorParameter, floor)], people.Ids, cancellationToken);
            if (rows.Count > CandidateLimit || floor == first)
            {
                return rows;
            }

            span *= 4;
        }
    }

    private static async Task<(DateOnly First, DateOnly Last)> ArchiveDaysAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync("SELECT min(\"Date\"), max(\"Date\") FROM \"Articles\"", [], cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0)
            ? (reader.GetFieldValue<DateOnly>(0), reader.GetFieldValue<DateOnly>(1))
            : (DateOnly.MinValue, DateOnly.MinValue);
    }

    /// <summary>Article rows whose headline holds every word searched for score as the best matches.</summary>
    private static List<HitRow> HeadlinesFirst(List<HitRow> rows, SearchQuery query)
    {
        var sought = new SearchText.WordsSought(query.Words);
        return rows.Select(r => r with { Score = r.Headline is not null && sought.HeldBy(r.Headline) ? -1 : 0 }).ToList();
    }

    private static async Task<List<HitRow>> RowsAsync(
        ArchiveDbContext db, string sql, IEnumerable<(string Name, object? Value)> parameters, IReadOnlyCollection<int> namedPeople, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(sql, parameters, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<HitRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            int? paragraph = reader.IsDBNull(1) ? null : reader.GetInt32(1);
            int? personId = reader.IsDBNull(2) ? null : reader.GetInt32(2);
            rows.Add(new HitRow(
                reader.GetInt32(5),
                paragraph is null ? HitType.Article : personId is null ? HitType.Paragraph : HitType.Statement,
                reader.GetInt32(0),
                paragraph,
                personId,
                reader.GetFieldValue<DateOnly>(3),
                reader.GetDouble(4),
                personId is { } id && namedPeople.Contains(id),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return rows;
    }

    private sealed record HitRow(int Window, HitType Type, int ArticleId, int? Paragraph, int? PersonId, DateOnly Date, double Score, bool Boosted, string? Headline);
}

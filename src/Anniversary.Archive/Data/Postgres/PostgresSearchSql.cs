using Anniversary.Archive.Search;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// The SQL of one search, window for window the SQLite engine's: rows of the full-text index, the
/// dates typed, or the filters alone, each narrowed by the same filters, newest first, bounded by
/// <see cref="CandidateLimit"/>. Every window gives article, paragraph, speaker, date, score, the
/// window's number, and the headline of a row that is a whole article.
/// </summary>
internal sealed partial class PostgresSearchSql
{
    private const string Table = PostgresSearchEntries.Table;

    private const int CandidateLimit = PostgresSearchIndex.CandidateLimit;

    // ts_rank's weights of D (body), C (unused), B (people) and A (headline): a word in the headline
    // outranks one in the body, as bm25's 10, 5 and 1 do on SQLite. Negated: lower scores rank first.
    private const string Rank = $"-ts_rank('{{0.1, 0, 0.5, 1.0}}', e.\"Words\", @match::tsquery)::float8";

    private const string FromIndex =
        $"\"{Table}\" e JOIN \"Articles\" a ON a.\"Id\" = e.\"ArticleId\" " +
        "LEFT JOIN \"Statements\" st ON st.\"ArticleId\" = a.\"Id\" AND st.\"ParagraphNumber\" = e.\"Paragraph\"";

    private const string RankPlaceholder = "{rank}";

    private const string IndexParagraph = "NULLIF(e.\"Paragraph\", 0)";

    private readonly SearchRequest _request;
    private readonly string _namedPeople;
    private readonly List<string> _windows = [];

    /// <summary>The window of the full-text index's rows, when there is one.</summary>
    public const int IndexWindow = 0;

    public const string FloorParameter = "floor";

    public PostgresSearchSql(SearchRequest request, IReadOnlyList<int> namedPeople)
    {
        _request = request;
        _namedPeople = string.Join(", ", namedPeople.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var query = request.Query;
        if (PostgresSearchQuery.Of(query) is { } match)
        {
            var dates = query.Dates.Count == 0 ? string.Empty
                : $" AND ({ArticleDateCondition("a.\"Date\"")} OR EXISTS (SELECT 1 FROM \"MentionedDates\" m WHERE m.\"ArticleId\" = a.\"Id\" AND {MentionCondition()}))";
            AddParameter("match", match);
            AddWindow("a.\"Id\"", IndexParagraph, "st.\"PersonId\"", RankPlaceholder, FromIndex, $"e.\"Words\" @@ @match::tsquery{dates}", "e.\"ArticleId\" DESC, e.\"Paragraph\" DESC");

            // As on SQLite: a name's statements, read from the statements, always, as a statement's
            // row in the index does not hold its speaker's name.
            if (_namedPeople.Length > 0 && query.Terms.All(t => !t.Negated))
            {
                NamedStatements = Window(
                    "a.\"Id\"", "st.\"ParagraphNumber\"", "st.\"PersonId\"", "0",
                    "\"Statements\" st JOIN \"Articles\" a ON a.\"Id\" = st.\"ArticleId\"",
                    $"st.\"PersonId\" IN ({_namedPeople}) AND st.\"Date\" >= @{FloorParameter}{dates}",
                    "st.\"Date\" DESC, st.\"ArticleId\" DESC, st.\"ParagraphNumber\"");
            }
        }
        else if (query.Dates.Count > 0)
        {
            AddWindow("a.\"Id\"", "NULL::integer", "NULL::integer", "0", "\"Articles\" a", ArticleDateCondition("a.\"Date\""), "a.\"Date\" DESC, a.\"Id\" DESC");
            AddWindow(
                "m.\"ArticleId\"", "m.\"ParagraphNumber\"", "st.\"PersonId\"", "1",
                "\"MentionedDates\" m JOIN \"Articles\" a ON a.\"Id\" = m.\"ArticleId\" LEFT JOIN \"Statements\" st ON st.\"ArticleId\" = m.\"ArticleId\" AND st.\"ParagraphNumber\" = m.\"ParagraphNumber\"",
                MentionCondition(), "a.\"Date\" DESC, m.\"ArticleId\" DESC, m.\"ParagraphNumber\"",
                "GROUP BY m.\"ArticleId\", m.\"ParagraphNumber\", st.\"PersonId\", a.\"Id\"");
        }
        else if (request.SpeakerId is not null || request.Kind == SearchKind.Statements)
        {
            AddWindow("a.\"Id\"", "st.\"ParagraphNumber\"", "st.\"PersonId\"", "0", "\"Statements\" st JOIN \"Articles\" a ON a.\"Id\" = st.\"ArticleId\"", "TRUE", "st.\"Date\" DESC, st.\"ArticleId\" DESC, st.\"ParagraphNumber\"");
        }
        else if (request.HasFilters)
        {
            AddWindow("a.\"Id\"", "NULL::integer", "NULL::integer", "0", "\"Articles\" a", "TRUE", "a.\"Date\" DESC, a.\"Id\" DESC");
        }

        if (request.SpeakerId is { } speaker)
        {
            AddParameter("speaker", speaker);
        }

        if (request.From is { } from)
        {
            AddParameter("from", from);
        }

        if (request.To is { } to)
        {
            AddParameter("to", to);
        }
    }

    public List<(string Name, object? Value)> Parameters { get; } = [];

    public bool CanRun => _windows.Count > 0;

    /// <summary>The named people's statements dated <see cref="FloorParameter"/> or later, newest first.</summary>
    public string? NamedStatements { get; }

    /// <summary>The parameters a statement built here uses.</summary>
    public List<(string Name, object? Value)> ParametersOf(string sql)
    {
        var used = ParameterName().Matches(sql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        return Parameters.Where(p => used.Contains(p.Name)).ToList();
    }

    /// <summary>Each window reads one row past the bound, so a window that reached it says so.</summary>
    public string Candidates(bool ranked) =>
        string.Join(" UNION ALL ", _windows.Select((w, i) => $"SELECT * FROM ({w.Replace(RankPlaceholder, ranked ? Rank : "0", StringComparison.Ordinal)}) w{i}"));

    private void AddWindow(string article, string paragraph, string person, string score, string from, string where, string order, string groupBy = "") =>
        _windows.Add(Window(article, paragraph, person, score, from, where, order, groupBy));

    /// <summary>A window's SQL, numbered as the next window added.</summary>
    private string Window(string article, string paragraph, string person, string score, string from, string where, string order, string groupBy = "") =>
        $"SELECT {article} AS article, {paragraph} AS paragraph, {person} AS person, a.\"Date\" AS date, ({score})::float8 AS score, {_windows.Count} AS window, " +
        $"CASE WHEN {paragraph} IS NULL THEN a.\"Title\" END AS headline FROM {from} " +
        $"WHERE {where} AND {Filters(paragraph, person)} {groupBy} ORDER BY {order} LIMIT {CandidateLimit + 1}";

    private string Filters(string paragraph, string person)
    {
        var filters = new List<string> { "TRUE" };
        if (_request.SpeakerId is not null)
        {
            filters.Add($"{person} = @speaker");
        }

        if (_request.From is not null)
        {
            filters.Add("a.\"Date\" >= @from");
        }

        if (_request.To is not null)
        {
            filters.Add("a.\"Date\" <= @to");
        }

        switch (_request.Kind)
        {
            case SearchKind.Articles:
                filters.Add($"{paragraph} IS NULL");
                break;
            case SearchKind.Paragraphs:
                filters.Add($"{paragraph} IS NOT NULL AND {person} IS NULL");
                break;
            case SearchKind.Statements:
                filters.Add($"{person} IS NOT NULL");
                break;
        }

        return string.Join(" AND ", filters);
    }

    private string ArticleDateCondition(string column) =>
        "(" + string.Join(" OR ", _request.Query.Dates.Select((date, i) => DateCondition(column, date, i))) + ")";

    private string MentionCondition() =>
        "(" + string.Join(" OR ", _request.Query.Dates.Select((date, i) =>
            $"({DateCondition("m.\"Date\"", date, i)} AND m.\"Precision\" <= {(int)date.Precision})")) + ")";

    /// <summary>A day of the year in any year reads the day-of-year indexes the migration made (<c>IX_*_MonthDay</c>).</summary>
    private string DateCondition(string column, DateQuery date, int index)
    {
        if (date.Month is { } month && date.Day is { } day)
        {
            AddParameter($"md{index}", month * 100 + day);
            return $"(EXTRACT(MONTH FROM {column}) * 100 + EXTRACT(DAY FROM {column})) = @md{index}";
        }

        AddParameter($"df{index}", date.From!.Value);
        AddParameter($"dt{index}", date.To!.Value);
        return $"{column} BETWEEN @df{index} AND @dt{index}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"@(\w+)")]
    private static partial System.Text.RegularExpressions.Regex ParameterName();

    private void AddParameter(string name, object value)
    {
        if (!Parameters.Any(p => p.Name == name))
        {
            Parameters.Add((name, value));
        }
    }
}

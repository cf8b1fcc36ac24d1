using Anniversary.Archive.Search;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// The SQL of one search: up to three windows of candidates — rows of the full-text index, the
/// dates typed, or the filters alone — each narrowed by the same filters, newest first, bounded
/// by <see cref="CandidateLimit"/>. Every window gives article, paragraph, speaker, date, score,
/// the window's number, and the headline of a row that is a whole article.
/// </summary>
internal sealed partial class SqliteSearchSql
{
    private const string Table = SqliteSearchEntries.Table, Words = SqliteSearchEntries.ArticleWords;

    private const int CandidateLimit = SqliteSearchIndex.CandidateLimit;

    // bm25 weights of body, title, people and speaker (the index's order of columns): a word in the
    // headline outranks one in the body; the speaker's token, searched only as a filter, scores nothing.
    private const string Rank = $"bm25({Table}, 1.0, 10.0, 5.0, 0.0)";

    private static readonly string RowArticle = SqliteSearchEntries.RowArticle, RowParagraph = SqliteSearchEntries.RowParagraph;

    private static readonly string FromIndex =
        $"{Table} JOIN Articles a ON a.Id = {RowArticle} " +
        $"LEFT JOIN Statements st ON st.ArticleId = a.Id AND st.ParagraphNumber = {RowParagraph}";

    private const string RankPlaceholder = "{rank}";

    private readonly SearchRequest _request;
    private readonly string _namedPeople;
    private readonly List<string> _windows = [];

    /// <summary>The window of the full-text index's rows, when there is one.</summary>
    public const int IndexWindow = 0;

    public SqliteSearchSql(SearchRequest request, IReadOnlyList<int> namedPeople)
    {
        _request = request;
        _namedPeople = string.Join(", ", namedPeople.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var query = request.Query;
        if (query.Match is not null)
        {
            var dates = query.Dates.Count == 0 ? string.Empty : $" AND ({ArticleDateCondition("a.Date")} OR EXISTS (SELECT 1 FROM MentionedDates m WHERE m.ArticleId = a.Id AND {MentionCondition()}))";
            // Whole articles from the table of their words, paragraphs from the index's rows: two
            // reads of one window, merged newest first by the search (an article after its paragraphs).
            // A part a filter leaves empty is not read: it would read every article holding the words to find none.
            if (request.SpeakerId is null && request.Kind is SearchKind.Both or SearchKind.Articles)
            {
                ArticleTerms = new SqliteArticleTerms(query);
                AddParameter("$articles", ArticleTerms.Match);
                var check = ArticleTerms.Check is { } holds ? $" AND {holds}" : string.Empty;
                ArticleWindow = Window(
                    "a.Id", "NULL", "NULL", "0", $"{Words} JOIN Articles a ON a.Id = -{Words}.rowid",
                    $"{Words} MATCH $articles{check}{dates}", $"{Words}.rowid", number: IndexWindow);
            }

            if (request.Kind != SearchKind.Articles)
            {
                // Filtered to a speaker, the words and the speaker's token: FTS5 intersects their rows,
                // where reading the words' rows alone would pass many of other speakers to reach the bound.
                AddParameter("$match", request.SpeakerId is { } speakerId ? $"({query.Match}) AND \"{SqliteSearchEntries.SpeakerToken(speakerId)}\"" : query.Match);
                AddWindow(
                    "a.Id", RowParagraph, "st.PersonId", RankPlaceholder, FromIndex, $"{Table} MATCH $match AND {RowParagraph} <> 0{dates}", $"{Table}.rowid", number: IndexWindow);
            }

            // A reader who types a name wants that person's words: their statements, read from the
            // statements, always, as a statement's row in the index does not hold its speaker's name.
            if (_namedPeople.Length > 0 && query.Terms.All(t => !t.Negated))
            {
                NamedStatements = Window(
                    "a.Id", "st.ParagraphNumber", "st.PersonId", "0",
                    "Statements st JOIN Articles a ON a.Id = st.ArticleId", $"st.PersonId IN ({_namedPeople}) AND st.Date >= {FloorParameter}{dates}", "st.Date DESC, st.ArticleId DESC, st.ParagraphNumber");
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

    /// <summary>How the index window finds whole articles, when the search has words.</summary>
    public SqliteArticleTerms? ArticleTerms { get; }

    public bool CanRun => _windows.Count > 0 || ArticleWindow is not null;

    /// <summary>Whether <see cref="Candidates"/> has a window to read.</summary>
    public bool HasWindows => _windows.Count > 0;

    /// <summary>The index window's whole articles, newest first, read beside its paragraphs (<see cref="Candidates"/>).</summary>
    public string? ArticleWindow { get; }

    /// <summary>The named people's statements dated <see cref="FloorParameter"/> or later, newest first.</summary>
    public string? NamedStatements { get; }

    public const string FloorParameter = "$floor";

    /// <summary>The parameters a statement built here uses (SQLite refuses to bind one it lacks).</summary>
    public List<(string Name, object? Value)> ParametersOf(string sql)
    {
        var used = ParameterName().Matches(sql).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        return Parameters.Where(p => used.Contains(p.Name)).ToList();
    }

    /// <summary>Each window reads one row past the bound, so a window that reached it says so. All but <see cref="ArticleWindow"/>.</summary>
    public string Candidates(bool ranked) =>
        string.Join(" UNION ALL ", _windows.Select(w => $"SELECT * FROM ({w.Replace(RankPlaceholder, ranked ? Rank : "0", StringComparison.Ordinal)})"));

    private void AddWindow(string article, string paragraph, string person, string score, string from, string where, string order, string groupBy = "", int? number = null) =>
        _windows.Add(Window(article, paragraph, person, score, from, where, order, groupBy, number));

    /// <summary>A window's SQL, numbered as the next window added unless given its number.</summary>
    private string Window(string article, string paragraph, string person, string score, string from, string where, string order, string groupBy = "", int? number = null) =>
        $"SELECT {article}, {paragraph}, {person}, a.Date, {score}, {number ?? _windows.Count}, CASE WHEN {paragraph} IS NULL THEN a.Title END FROM {from} " +
        $"WHERE {where} AND {Filters(paragraph, person)} {groupBy} ORDER BY {order} LIMIT {CandidateLimit + 1}";

    private string Filters(string paragraph, string person)
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
            $"({MentionDateCondition(date, i)} AND m.Precision <= {(int)date.Precision})")) + ")";

    /// <summary>
    /// A mentioned date is stored as the number yyyymmdd (<see cref="SqliteDates"/>): its day of the
    /// year is the number's last four digits, which <c>IX_MentionedDates_MonthDay</c> holds.
    /// </summary>
    private string MentionDateCondition(DateQuery date, int index)
    {
        if (date.Month is { } month && date.Day is { } day)
        {
            AddParameter($"$mmd{index}", month * 100 + day);
            return $"m.Date % 10000 = $mmd{index}";
        }

        AddParameter($"$mdf{index}", SqliteDates.Number(date.From!.Value));
        AddParameter($"$mdt{index}", SqliteDates.Number(date.To!.Value));
        return $"m.Date BETWEEN $mdf{index} AND $mdt{index}";
    }

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

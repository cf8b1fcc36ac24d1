using System.Text;
using System.Text.RegularExpressions;
using Anniversary.Archive.Corpus;
using Anniversary.Archive.Search;
using Anniversary.Archive.Tests.Support;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Search;

/// <summary>
/// SQLite and PostgreSQL give the same answer to the same search over the same generated reports:
/// the same folding (case, tones, đ), place spellings, stems, phrases, OR and exclusions, and so the
/// same results, counts, facets, snippets and bound. Ranking is each engine's own (bm25, ts_rank),
/// so results are compared newest first.
/// </summary>
public sealed partial class EngineParityTests
{
    private const int Reports = 90;

    [Fact]
    public async Task Both_engines_answer_every_search_alike_however_its_words_are_typed()
    {
        using var reports = new SeedFolder();
        new SyntheticCorpus(seed: 21).WriteTo(reports.Path, Reports);
        using var sqlite = await ArchiveStore.CreateAsync(ArchiveEngine.Sqlite);
        using var postgres = await ArchiveStore.CreateAsync(ArchiveEngine.Postgres);
        Assert.Equal(Reports, (await sqlite.ImportAsync(reports.Path)).Imported);
        Assert.Equal(Reports, (await postgres.ImportAsync(reports.Path)).Imported);

        // The words of a sixth of the reports, searched in all of them.
        var queries = Queries(Directory.EnumerateFiles(reports.Path, "*.txt").Order().Take(Reports / 6).Select(File.ReadAllText));
        var mismatches = new List<string>();
        var found = 0;
        foreach (var query in queries)
        {
            var onSqlite = await AnswerAsync(sqlite, query);
            var onPostgres = await AnswerAsync(postgres, query);
            if (onSqlite != onPostgres)
            {
                mismatches.Add($"{query}\n  sqlite:   {onSqlite}\n  postgres: {onPostgres}");
            }

            found += onSqlite.StartsWith("0 ", StringComparison.Ordinal) ? 0 : 1;
        }

        Assert.Empty(mismatches);
        Assert.True(queries.Count > 150, $"only {queries.Count} queries");
        Assert.True(found > queries.Count * 3 / 4, $"only {found} of {queries.Count} queries found anything: the comparison would say little");
        Assert.Contains(queries, q => q.Contains('đ', StringComparison.Ordinal) || q.Contains('Đ', StringComparison.Ordinal));
    }

    /// <summary>
    /// Searches made of the reports' own words: each word with marks as written, in capitals and
    /// folded; names (runs of capitalised words) as written and folded; phrases of two words in and
    /// out of order; OR and exclusions; and the place spellings the index joins.
    /// </summary>
    private static List<string> Queries(IEnumerable<string> texts)
    {
        var queries = new SortedSet<string>(StringComparer.Ordinal) { "Ha Noi", "Hà Nội", "HANOI", "Ho Chi Minh City", "\"ho chi minh\"", "Viet Nam", "Việt Nam" };
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            var words = Word().Matches(text).Select(m => m.Value).ToList();
            var marked = words.Where(w => w.Any(c => c > 0x7f)).Distinct().Take(3).ToList();
            foreach (var word in marked)
            {
                queries.Add(word);
                queries.Add(word.ToUpperInvariant());
                queries.Add(TextFolding.Fold(word));
            }

            foreach (var name in Name().Matches(text).Select(m => m.Value).Distinct().Take(2))
            {
                queries.Add(name);
                queries.Add(TextFolding.Fold(name));
            }

            var (a, b, c) = (words[(7 * i) % words.Count], words[(7 * i + 1) % words.Count], words[(11 * i + 5) % words.Count]);
            queries.Add($"\"{a} {b}\"");
            queries.Add($"\"{b} {a}\"");
            queries.Add($"{a} OR {c}");
            queries.Add($"{b} -{c}");
            queries.Add(c);
        }

        return [.. queries];
    }

    private static async Task<string> AnswerAsync(ArchiveStore store, string q)
    {
        await using var db = store.CreateContext();
        var request = new SearchRequest(SearchQueryParser.Parse(q), null, null, null, SearchKind.Both, SearchSort.Newest, 1, PageSize: 50);
        var results = await store.Search().SearchAsync(db, request);
        var answer = new StringBuilder($"{results.Total} truncated={results.Truncated} ");
        foreach (var facet in results.Kinds.Concat(results.Speakers).Concat(results.Months))
        {
            answer.Append($"{facet.Key}={facet.Count} ");
        }

        foreach (var hit in results.Hits)
        {
            answer.Append($"| {hit.Type} {hit.ArticleSlug} {hit.Paragraph} {hit.PersonSlug} {hit.SnippetHtml} ");
        }

        return answer.ToString();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}")]
    private static partial Regex Name();
}

using Anniversary.Archive.Data;
using Anniversary.Archive.Model;
using Anniversary.Archive.Text;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Search;

/// <summary>One row an engine found for a search: an article as a whole (with its headline), one of its paragraphs, or a statement.</summary>
public sealed record SearchCandidate(HitType Type, int ArticleId, int? Paragraph, int? PersonId, DateOnly Date, double Score, bool Boosted, string? Headline = null);

/// <summary>
/// What every engine does with the candidates it found: one row per article or paragraph (its best
/// score), ordered, counted, faceted and paged, the page's hits read with their snippets.
/// </summary>
public static class SearchCandidates
{
    /// <summary><paramref name="truncated"/> when the engine stopped at its bound before reading every match.</summary>
    public static async Task<SearchResults> ResultsAsync(
        ArchiveDbContext db, SearchRequest request, IReadOnlyList<SearchCandidate> candidates, bool truncated, CancellationToken cancellationToken = default)
    {
        var found = BestOfEach(candidates);

        // Each kind counts what choosing it alone lists, so that its link shows that many.
        var kinds = found.GroupBy(r => r.Type).Select(g => new FacetCount(g.Key.ToString(), KindLabel(g.Key), g.Count())).OrderByDescending(k => k.Count).ToList();
        var rows = ShownOnce(found, request.Query);

        var ordered = request.Sort switch
        {
            SearchSort.Newest => rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.ArticleId).ThenBy(r => r.Paragraph ?? 0),
            SearchSort.Oldest => rows.OrderBy(r => r.Date).ThenBy(r => r.ArticleId).ThenBy(r => r.Paragraph ?? 0),
            _ => rows.OrderByDescending(r => r.Boosted).ThenBy(r => r.Score).ThenByDescending(r => r.Date).ThenByDescending(r => r.ArticleId).ThenBy(r => r.Paragraph ?? 0),
        };
        var page = ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();

        var months = MonthCounts(rows);
        var speakerCounts = rows.Where(r => r.Type == HitType.Statement && r.PersonId is not null)
            .GroupBy(r => r.PersonId!.Value).Select(g => (Id: g.Key, Count: g.Count())).OrderByDescending(s => s.Count).Take(20).ToList();

        var listed = rows.Where(r => r.Paragraph is not null).Select(r => (r.ArticleId, r.Paragraph!.Value)).ToHashSet();
        var hits = await HydrateAsync(db, page, listed, request.Query, cancellationToken);
        var people = await PeopleAsync(db, speakerCounts.Select(s => s.Id).ToList(), cancellationToken);
        return new SearchResults(
            rows.Count,
            hits,
            kinds,
            speakerCounts.Where(s => people.ContainsKey(s.Id)).Select(s => new FacetCount(people[s.Id].Slug, people[s.Id].Name, s.Count)).ToList(),
            months,
            truncated);
    }

    /// <summary>
    /// An article found as a whole, when paragraphs of it are found too, would show one of them again
    /// (its snippet is its first paragraph holding the words): it is listed once, as those
    /// paragraphs, unless its headline holds the words, which makes the article a result of its own.
    /// An article found by its date alone, or by words no single paragraph holds, stays listed.
    /// </summary>
    private static List<SearchCandidate> ShownOnce(List<SearchCandidate> rows, SearchQuery query)
    {
        if (query.Match is null)
        {
            return rows;
        }

        var withParagraphs = rows.Where(r => r.Paragraph is not null).Select(r => r.ArticleId).ToHashSet();
        var sought = new SearchText.WordsSought(query.Words);
        return rows.Where(r => r.Paragraph is not null || !withParagraphs.Contains(r.ArticleId) || (r.Headline is { } headline && sought.HeldBy(headline))).ToList();
    }

    /// <summary>
    /// One candidate per article or paragraph, in the order each was first found: the first with the
    /// best score (what grouping them and taking each group's first by score gives, in one pass).
    /// </summary>
    private static List<SearchCandidate> BestOfEach(IReadOnlyList<SearchCandidate> candidates)
    {
        var found = new List<SearchCandidate>(candidates.Count);
        var at = new Dictionary<(int ArticleId, int? Paragraph), int>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!at.TryGetValue((candidate.ArticleId, candidate.Paragraph), out var index))
            {
                at.Add((candidate.ArticleId, candidate.Paragraph), found.Count);
                found.Add(candidate);
            }
            else if (candidate.Score < found[index].Score)
            {
                found[index] = candidate;
            }
        }

        return found;
    }

    private static List<FacetCount> MonthCounts(List<SearchCandidate> rows)
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var row in rows)
        {
            var month = row.Date.Year * 100 + row.Date.Month;
            counts[month] = counts.GetValueOrDefault(month) + 1;
        }

        return counts.Select(m => $"{m.Key / 100:0000}-{m.Key % 100:00}").Zip(counts.Values, (month, count) => new FacetCount(month, month, count)).ToList();
    }

    private static string KindLabel(HitType type) => type switch
    {
        HitType.Article => "Articles",
        HitType.Statement => "Statements",
        _ => "Paragraphs",
    };

    private static async Task<List<SearchHit>> HydrateAsync(
        ArchiveDbContext db, List<SearchCandidate> rows, HashSet<(int ArticleId, int Paragraph)> listed, SearchQuery query, CancellationToken cancellationToken)
    {
        var articleIds = rows.Select(r => r.ArticleId).Distinct().ToList();
        var articles = await db.Articles.Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, a.Date, a.Standfirst })
            .ToDictionaryAsync(a => a.Id, cancellationToken);

        // An article found as a whole shows its first paragraph that holds a word searched for and is
        // not listed as a result of its own; a paragraph found shows itself. Either way the article's
        // paragraphs are one stored block, read once for the page's hits of that article.
        var bodies = await db.ArticleBodies.Where(b => articleIds.Contains(b.ArticleId))
            .Select(b => new { b.ArticleId, b.Paragraphs })
            .ToListAsync(cancellationToken);
        var paragraphs = bodies.SelectMany(b => StoredParagraphs.Read(b.Paragraphs).Select(p => new { b.ArticleId, p.Number, p.Text })).ToList();
        var appearances = await db.Appearances.Where(a => articleIds.Contains(a.ArticleId))
            .Select(a => new { a.ArticleId, a.PersonId, a.Person!.Slug, a.Person.Name, Role = a.Role ?? a.Roles[0] })
            .ToListAsync(cancellationToken);

        var hits = new List<SearchHit>();
        foreach (var row in rows.Where(r => articles.ContainsKey(r.ArticleId)))
        {
            var article = articles[row.ArticleId];
            var own = paragraphs.Where(p => p.ArticleId == row.ArticleId).OrderBy(p => p.Number).ToList();
            var text = row.Paragraph is { } number
                ? own.FirstOrDefault(p => p.Number == number)?.Text ?? string.Empty
                : own.Where(p => !listed.Contains((row.ArticleId, p.Number))).Select(p => p.Text).FirstOrDefault(t => Snippets.Contains(t, query.Highlights) || DatesAnswering(t, article.Date, query).Count > 0)
                    ?? article.Standfirst ?? own.FirstOrDefault(p => !listed.Contains((row.ArticleId, p.Number)))?.Text ?? own.FirstOrDefault()?.Text ?? string.Empty;
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
}

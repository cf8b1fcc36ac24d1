using Anniversary.Archive.Data;
using Anniversary.Archive.Text;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Search;

/// <summary>"Did you mean": names of people spelled close to the words of a search that found nothing.</summary>
public static class Suggestions
{
    private const int MaxDistance = 2;
    private const int MaxPeopleScanned = 50_000;

    public static async Task<IReadOnlyList<string>> ForAsync(ArchiveDbContext db, SearchQuery query, CancellationToken cancellationToken = default)
    {
        var words = query.Words.Where(w => w.Length >= 3).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var people = await db.People.OrderBy(p => p.Id).Take(MaxPeopleScanned).Select(p => new { p.Name, p.Key }).ToListAsync(cancellationToken);
        var scored = people
            .Select(p => new { p.Name, Score = Score(words, p.Key.Split(' ')) })
            .Where(p => p.Score is > 0)
            .ToList();
        var best = scored.Select(p => p.Score).DefaultIfEmpty().Min();
        return scored.Where(p => p.Score == best).Take(3).Select(p => p.Name).ToList();
    }

    /// <summary>Total edits for every word to meet a word of the name; null when a word meets none.</summary>
    private static int? Score(List<string> words, string[] nameWords)
    {
        var total = 0;
        foreach (var word in words)
        {
            var best = nameWords.Min(name => EditDistance.Between(word, name, MaxDistance));
            if (best > MaxDistance)
            {
                return null;
            }

            total += best;
        }

        return total;
    }
}

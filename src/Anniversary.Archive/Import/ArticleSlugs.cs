using System.Text.RegularExpressions;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Import;

/// <summary>
/// The articles' slugs. A permalink is kept while the headline still gives it; a headline that
/// changed on re-import (a better derived headline, an editor's correction) gives a new slug, and
/// the old one is kept as a former slug that redirects and is never given to another article, so
/// that no address once published stops working.
/// </summary>
internal sealed partial class ArticleSlugs(SlugSet taken, Dictionary<string, int> former, UndoLog undo)
{
    /// <summary>The slugs of the archive's articles, current and former.</summary>
    public SlugSet Taken => taken;

    /// <summary>The slug of a new article's title.</summary>
    public string ForNew(string title) => taken.Unique(title);

    /// <summary>The slug of a re-imported article: its own while the title gives the same words, else a new one, the old one kept as former.</summary>
    public string AfterReimport(int articleId, string slug, string title)
    {
        var wanted = Slug.From(title) is { Length: > 0 } from ? from : "untitled";
        // The same words (a change of accents, case or punctuation only) keep the address.
        var kept = SuffixedSlugPattern().Match(slug) is { Success: true } m ? m.Groups["base"].Value : slug;
        if (SameWords(slug, wanted) || SameWords(kept, wanted))
        {
            return slug;
        }

        // Its own former slug comes back to it; another article's stays that article's.
        string? ownFormer = null;
        if (former.TryGetValue(wanted, out var owner) && owner == articleId)
        {
            undo.Remove(former, wanted);
            ownFormer = wanted;
        }

        var moved = taken.Unique(title, ownFormer);
        undo.Set(former, slug, articleId);
        return moved;
    }

    private static bool SameWords(string slug, string other) =>
        string.Equals(slug.Replace("-", string.Empty, StringComparison.Ordinal), other.Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

    [GeneratedRegex("^(?<base>.+)-[0-9]+$")]
    private static partial Regex SuffixedSlugPattern();
}

using Anniversary.Archive.Text;

namespace Anniversary.Archive.Import;

/// <summary>
/// The slugs taken in the archive for one kind of page, too many to keep as text while an import
/// runs (about 200 bytes each): a 64-bit hash of each says which may be taken, and the database,
/// asked only then, says which are. Every slug given here is written to the database before the
/// next is asked for, and a slug freed there (a row deleted or rolled back) is free when asked, so
/// nothing here needs undoing but the hints.
/// </summary>
internal sealed class SlugSet(Func<string, bool> stored, UndoLog undo)
{
    private readonly HashSet<ulong> _maybeTaken = [];

    /// <summary>
    /// For a base slug taken already: the first suffix not known to be taken, every lower one being
    /// taken, so that the hundredth report of one headline does not try ninety-nine slugs first.
    /// </summary>
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    public void Add(string slug) => _maybeTaken.Add(FoldedHash.Of(slug));

    /// <summary>Room for this many more slugs, made once rather than by doubling as they come.</summary>
    public void MakeRoomFor(int slugs) => _maybeTaken.EnsureCapacity(_maybeTaken.Count + slugs);

    public bool IsTaken(string slug) => _maybeTaken.Contains(FoldedHash.Of(slug)) && stored(slug);

    /// <summary>A slug of this kind was deleted: the hints may skip it now, so they are dropped.</summary>
    public void Freed() => _nextSuffix.Clear();

    /// <summary>
    /// The slug of the text, or with -2, -3 … when taken (the lowest free one); taken from then on.
    /// <paramref name="freeForCaller"/> is a slug taken only by the caller itself (an article's own former slug).
    /// </summary>
    public string Unique(string text, string? freeForCaller = null)
    {
        var baseSlug = Slug.From(text);
        if (baseSlug.Length == 0)
        {
            baseSlug = "untitled";
        }

        var n = freeForCaller is null ? _nextSuffix.GetValueOrDefault(baseSlug, 1) : 1;
        var slug = n == 1 ? baseSlug : $"{baseSlug}-{n}";
        while (slug != freeForCaller && IsTaken(slug))
        {
            n++;
            slug = $"{baseSlug}-{n}";
        }

        Add(slug);
        if (n > 1)
        {
            // Rolled back, the slugs this hint counts as taken are free again: the hint is undone with them.
            undo.Set(_nextSuffix, baseSlug, n + 1);
        }

        return slug;
    }
}

/// <summary>A 64-bit FNV-1a hash of text, the same in every process: equal texts hash alike; unequal ones almost never do.</summary>
internal static class FoldedHash
{
    private const ulong Offset = 14695981039346656037, Prime = 1099511628211;

    public static ulong Of(string text) => Add(Offset, text);

    public static ulong Of(string first, string second, DateOnly date) =>
        Add(Add(Add(Add(Offset, first), "\0"), second), date.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static ulong Add(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (c & 0xFFu)) * Prime;
            hash = (hash ^ (uint)(c >> 8)) * Prime;
        }

        return hash;
    }
}

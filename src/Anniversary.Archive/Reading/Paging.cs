using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Reading;

/// <summary>One page of a long list, and where the others are.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public int Last => Math.Max(1, (Total + Size - 1) / Size);
}

/// <summary>Lists are read a page at a time, so a page costs the same with a hundred articles or a hundred thousand.</summary>
public static class Paging
{
    public const int MaxPage = 100_000;

    /// <summary>The page number a reader asked for; anything unusable is the first page.</summary>
    public static int Number(string? requested) =>
        int.TryParse(requested, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? Math.Clamp(number, 1, MaxPage)
            : 1;

    public static async Task<PageOf<T>> PageAsync<T>(this IQueryable<T> query, int number, int size, CancellationToken cancellationToken = default)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PageOf<T>(items, number, size, total);
    }
}

namespace Anniversary.Archive.Import;

/// <summary>
/// What the importer changed in memory since the last commit, step by step, so that a batch or a
/// file rolled back in the database is rolled back in memory too.
/// </summary>
internal sealed class UndoLog
{
    private readonly List<Action> _steps = [];

    /// <summary>A mark to undo back to.</summary>
    public int Mark => _steps.Count;

    public void Set<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key, TValue value)
        where TKey : notnull
    {
        var had = cache.TryGetValue(key, out var previous);
        cache[key] = value;
        _steps.Add(() =>
        {
            if (had)
            {
                cache[key] = previous!;
            }
            else
            {
                cache.Remove(key);
            }
        });
    }

    public void Remove<TKey, TValue>(Dictionary<TKey, TValue> cache, TKey key)
        where TKey : notnull
    {
        if (cache.Remove(key, out var previous))
        {
            _steps.Add(() => cache[key] = previous);
        }
    }

    public void Add<T>(HashSet<T> set, T item)
    {
        if (set.Add(item))
        {
            _steps.Add(() => set.Remove(item));
        }
    }

    public void Remove<T>(HashSet<T> set, T item)
    {
        if (set.Remove(item))
        {
            _steps.Add(() => set.Add(item));
        }
    }

    /// <summary>Undoes every step since <paramref name="mark"/>, newest first.</summary>
    public void UndoTo(int mark)
    {
        for (var i = _steps.Count - 1; i >= mark; i--)
        {
            _steps[i]();
        }

        _steps.RemoveRange(mark, _steps.Count - mark);
    }

    /// <summary>The changes are in the database: nothing is left to undo.</summary>
    public void Clear() => _steps.Clear();
}

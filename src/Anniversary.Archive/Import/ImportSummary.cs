namespace Anniversary.Archive.Import;

public enum ImportOutcome
{
    Imported,
    Updated,
    Unchanged,
    Failed,
}

public sealed record ImportFailure(string File, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{File}: line {line}: {Reason}" : $"{File}: {Reason}";
}

public sealed record ImportSummary(int Imported, int Updated, int Unchanged, IReadOnlyList<ImportFailure> Failures)
{
    public int Failed => Failures.Count;

    public bool Succeeded => Failures.Count == 0;

    public override string ToString() => $"imported {Imported}, updated {Updated}, unchanged {Unchanged}, failed {Failed}";
}

/// <summary>How far an import has come, for a progress line with rate and time left.</summary>
public sealed record ImportProgress(int Done, int Total, TimeSpan Elapsed)
{
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    public TimeSpan Remaining => PerSecond > 0 ? TimeSpan.FromSeconds((Total - Done) / PerSecond) : TimeSpan.Zero;

    public override string ToString() =>
        $"{Done}/{Total} files, {PerSecond:0} files/s, about {Remaining:hh\\:mm\\:ss} left";
}

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

namespace Anniversary.Archive.Import;

public sealed record ImportOptions
{
    /// <summary>Files larger than this are refused before they are read.</summary>
    public long MaxFileBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Files committed together; each still rolls back alone through a savepoint.</summary>
    public int BatchSize { get; init; } = 200;
}

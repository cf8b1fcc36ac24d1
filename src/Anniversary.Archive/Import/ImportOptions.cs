namespace Anniversary.Archive.Import;

public sealed record ImportOptions
{
    /// <summary>Files larger than this are refused before they are read.</summary>
    public long MaxFileBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>A file with a longer line is refused as soon as reading reaches the limit.</summary>
    public int MaxLineBytes { get; init; } = 64 * 1024;

    /// <summary>How far after today a report's date may lie (time zones run a day ahead); later dates are refused as typing errors.</summary>
    public int FutureDaysAllowed { get; init; } = 2;

    /// <summary>Files committed together; each still rolls back alone through a savepoint.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>
    /// An import of at least this many new files, and of no fewer than the archive holds, builds the
    /// indexes it never reads after its last batch rather than keeping them up file by file.
    /// </summary>
    public int DeferIndexesFrom { get; init; } = 10_000;
}

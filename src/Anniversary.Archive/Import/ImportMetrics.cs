using System.Diagnostics.Metrics;

namespace Anniversary.Archive.Import;

/// <summary>
/// Import progress as a .NET meter: files done, by outcome. Whoever hosts the importer chooses how to
/// export it (the site's OpenTelemetry, or <c>dotnet-counters monitor --counters Anniversary.Import</c>
/// beside a command-line import).
/// </summary>
public static class ImportMetrics
{
    public const string MeterName = "Anniversary.Import";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Files = Meter.CreateCounter<long>(
        "anniversary.import.files", description: "Files an import has finished with, by outcome: imported, updated, unchanged or failed");

    public static void Count(ImportOutcome outcome) =>
        Files.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString().ToLowerInvariant()));
}

using Anniversary.Archive.Extraction;

namespace Anniversary.Archive.Import;

/// <summary>
/// How seed files are read, as part of every file's content hash: when the version changes, the
/// next import reads every file again, even those whose bytes have not changed.
/// </summary>
public static class ImportFormat
{
    /// <summary>Raised by hand when a change of code changes what a file is read as.</summary>
    public const string Number = "7";

    /// <summary>
    /// The number with the fingerprints of <c>lexicon.json</c>, <c>gazetteer.json</c> and <c>honorifics.json</c>:
    /// they decide what extraction reads and how text is folded for search, so editing any of them re-reads the
    /// archive without anyone raising the number.
    /// </summary>
    public static string Version { get; } = VersionOf(Number, Lexicon.Default.DataFingerprint);

    public static string VersionOf(string number, string dataFingerprint) => $"{number}+{dataFingerprint}";
}

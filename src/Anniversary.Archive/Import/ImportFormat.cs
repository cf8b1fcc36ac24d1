using Anniversary.Archive.Extraction;

namespace Anniversary.Archive.Import;

/// <summary>
/// How seed files are read, as part of every file's content hash: when the version changes, the
/// next import reads every file again, even those whose bytes have not changed.
/// </summary>
public static class ImportFormat
{
    /// <summary>Raised by hand when a change of code changes what a file is read as.</summary>
    public const string Number = "6";

    /// <summary>
    /// The number with the fingerprint of <c>lexicon.json</c>: the lexicon decides what extraction reads
    /// and how text is folded for search, so an edited lexicon re-reads the archive without anyone raising the number.
    /// </summary>
    public static string Version { get; } = VersionOf(Number, Lexicon.Default.Fingerprint);

    public static string VersionOf(string number, string lexiconFingerprint) => $"{number}+{lexiconFingerprint}";
}

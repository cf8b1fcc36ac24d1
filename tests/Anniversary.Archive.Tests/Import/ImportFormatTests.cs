using System.Text;
using Anniversary.Archive.Extraction;
using Anniversary.Archive.Import;

namespace Anniversary.Archive.Tests.Import;

public sealed class ImportFormatTests
{
    [Fact]
    public void An_edited_lexicon_gives_another_version_with_the_same_number()
    {
        var lexicon = Encoding.UTF8.GetBytes("""{ "eventKinds": { "fair": "fair" } }""");
        var edited = Encoding.UTF8.GetBytes("""{ "eventKinds": { "fair": "fair", "market": "fair" } }""");

        var before = ImportFormat.VersionOf(ImportFormat.Number, Lexicon.FingerprintOf(lexicon));
        var after = ImportFormat.VersionOf(ImportFormat.Number, Lexicon.FingerprintOf(edited));

        Assert.NotEqual(before, after);
        Assert.Equal(before, ImportFormat.VersionOf(ImportFormat.Number, Lexicon.FingerprintOf(lexicon)));
    }

    [Fact]
    public void The_version_is_the_number_with_the_fingerprints_of_lexicon_gazetteer_and_honorifics()
    {
        Assert.Equal($"{ImportFormat.Number}+{Lexicon.Default.DataFingerprint}", ImportFormat.Version);
    }
}

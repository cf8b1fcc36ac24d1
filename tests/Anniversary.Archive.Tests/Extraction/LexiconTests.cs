using System.Text;
using Anniversary.Archive.Extraction;

namespace Anniversary.Archive.Tests.Extraction;

public sealed class LexiconTests
{
    [Fact]
    public void The_fingerprint_is_the_start_of_the_embedded_files_hash()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(Lexicon.ResourceName)!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);

        Assert.Equal(Lexicon.FingerprintOf(bytes.ToArray()), Lexicon.Default.Fingerprint);
        Assert.Matches("^[0-9a-f]{8}$", Lexicon.Default.Fingerprint);
    }

    [Fact]
    public void A_changed_lexicon_has_another_fingerprint()
    {
        var before = Encoding.UTF8.GetBytes("""{ "speechVerbs": ["said"] }""");
        var after = Encoding.UTF8.GetBytes("""{ "speechVerbs": ["said", "told"] }""");

        Assert.Equal(Lexicon.FingerprintOf(before), Lexicon.FingerprintOf(before.ToArray()));
        Assert.NotEqual(Lexicon.FingerprintOf(before), Lexicon.FingerprintOf(after));
    }

    [Theory]
    [InlineData("Ha Noi", "hanoi")]
    [InlineData("HCMC", "hochiminhcity")]
    [InlineData("Green Valley", "greenvalley")]
    public void A_place_has_one_key_however_it_is_written(string place, string key)
    {
        Assert.Equal(key, Lexicon.Default.PlaceKey(place));
    }
}

using Anniversary.Archive.Corpus;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Text;

public sealed class StoredOriginalTests
{
    public static readonly TheoryData<string> Reports = new()
    {
        "date 2024-01-07 HÀ NỘI – The lead.\r\n\r\nA second paragraph.  \r\n\r\nLeaders at the event (Photo: VNA)\r\n\r\nThe end. VNA/VNS",
        "date 2024-01-07 The lead, repeated.\n\nThe lead, repeated. Then more.\n\nThe lead, repeated.\n\nVNA\n",
        "date 2020-05-01 only a lead",
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_text_is_rebuilt_byte_for_byte_from_what_is_kept_and_its_paragraphs(string text)
    {
        var paragraphs = Paragraphs(text);

        var stored = StoredOriginal.Cut(text, paragraphs);

        Assert.Equal(text, StoredOriginal.Rebuild(stored, paragraphs));
    }

    [Fact]
    public void What_is_kept_of_a_report_is_a_small_part_of_it()
    {
        var corpus = new SyntheticCorpus(seed: 8, CorpusShape.Real);
        foreach (var text in Enumerable.Range(0, 50).Select(_ => corpus.Next()))
        {
            var paragraphs = Paragraphs(text);
            var stored = StoredOriginal.Cut(text, paragraphs);

            Assert.Equal(text, StoredOriginal.Rebuild(stored, paragraphs));
            Assert.True(stored.Length < text.Length / 4, $"kept {stored.Length} of {text.Length} characters");
        }
    }

    [Fact]
    public void A_paragraph_not_in_the_text_stays_in_what_is_kept()
    {
        const string text = "date 2020-05-01 The lead.\n\nA paragraph as written.\n";
        string[] corrected = ["The lead.", "A paragraph as corrected."];

        Assert.Equal(text, StoredOriginal.Rebuild(StoredOriginal.Cut(text, corrected), corrected));
        Assert.Equal(text, StoredOriginal.Rebuild(StoredOriginal.Cut(text, ["nowhere"]), ["nowhere"]));
    }

    [Fact]
    public void Marks_and_numbers_inside_the_text_are_kept_as_written()
    {
        const string text = "date 2020-05-01 \u0001 marks \u0001 and 0:1,\n\nSecond: 3:2,\n";
        string[] paragraphs = ["\u0001 marks \u0001 and 0:1,", "Second: 3:2,"];

        var stored = StoredOriginal.Cut(text, paragraphs);

        Assert.Equal(text, StoredOriginal.Rebuild(stored, paragraphs));
        Assert.DoesNotContain("marks", stored);
    }

    [Fact]
    public void A_text_stored_whole_before_the_cut_existed_is_answered_as_stored()
    {
        const string text = "date 2020-05-01 The lead.\n\nA paragraph.\n";

        Assert.Equal(text, StoredOriginal.Rebuild(text, ["The lead.", "A paragraph."]));
    }

    private static List<string> Paragraphs(string text) => SeedParser.Parse(text).Article!.Paragraphs.Select(p => p.Text).ToList();
}

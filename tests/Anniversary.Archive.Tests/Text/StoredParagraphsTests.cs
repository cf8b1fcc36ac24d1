using System.IO.Compression;
using System.Text;
using Anniversary.Archive.Corpus;
using Anniversary.Archive.Model;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Reading;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Text;

public sealed class StoredParagraphsTests
{
    public static readonly TheoryData<string[]> Bodies = new()
    {
        new[] { "HÀ NỘI – Lãnh đạo Đảng và Nhà nước dâng hương tưởng niệm.", "Ông Nguyễn Văn Hùng phát biểu: “Chúng ta ghi nhớ.”" },
        new[] { "Emoji and other planes: 🇻🇳 🎉 𝄞, a combining mark e\u0301, a zero-width joiner a\u200Db, a right-to-left mark \u200F." },
        new[] { "  Spaces kept at both ends  ", "\ttabs\tand\r\nline ends\n", "<b>not a tag</b> & \"quotes\"" },
        new[] { "x" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Every_paragraph_comes_back_as_it_was_packed(string[] texts)
    {
        var paragraphs = texts.Select((text, i) => new Paragraph { Number = i + 1, Position = i * 2, Text = text, Html = i % 2 == 0 ? string.Empty : $"<a href=\"/people/p-{i}\">|0|3" }).ToList();

        var original = "date 2024-01-01\r\n" + string.Join("\r\n\r\n", texts) + "\r\n(Photo: VNA) 🇻🇳\r\n";
        var block = StoredParagraphs.Pack(paragraphs, original);

        Assert.Equal(Shown(paragraphs), Shown(StoredParagraphs.Read(block)));
        Assert.Equal(texts[0], StoredParagraphs.Lead(block));
        Assert.Equal(texts, StoredParagraphs.Texts(block));
        Assert.Equal(original, StoredParagraphs.Original(block));
    }

    [Fact]
    public void An_article_without_paragraphs_or_without_a_body_reads_as_none()
    {
        Assert.Empty(StoredParagraphs.Read(StoredParagraphs.Pack([], "date 2024-01-01\n")));
        Assert.Equal("date 2024-01-01\n", StoredParagraphs.Original(StoredParagraphs.Pack([], "date 2024-01-01\n")));
        Assert.Empty(StoredParagraphs.Read(null));
        Assert.Null(StoredParagraphs.Lead(null));
        Assert.Null(StoredParagraphs.Original(null));
        var read = new Dictionary<int, List<Paragraph>> { [7] = StoredParagraphs.Read(StoredParagraphs.Pack([new Paragraph { Number = 1, Text = "one" }], string.Empty)) };
        Assert.Equal(("one", string.Empty, string.Empty), (read.TextOf(7, 1), read.TextOf(7, 2), read.TextOf(8, 1)));
    }

    [Fact]
    public void A_block_written_before_it_held_the_text_as_imported_still_gives_its_paragraphs_and_no_text()
    {
        var paragraphs = new List<Paragraph> { new() { Number = 1, Position = 0, Text = "The lead." }, new() { Number = 2, Position = 2, Text = "A paragraph.", Html = "<b>|0|1" } };

        var block = BlockWithoutOriginal(paragraphs);

        Assert.Equal(Shown(paragraphs), Shown(StoredParagraphs.Read(block)));
        Assert.Null(StoredParagraphs.Original(block));
    }

    [Fact]
    public void A_very_long_article_comes_back_whole_and_each_paragraph_by_its_number()
    {
        // Longer than Brotli's window and than a byte of length prefix can say, in varied text.
        var corpus = new SyntheticCorpus(seed: 3, CorpusShape.Long);
        var texts = Enumerable.Range(0, 60).SelectMany(_ => SeedParser.Parse(corpus.Next()).Article!.Paragraphs.Select(p => p.Text)).ToList();
        var paragraphs = texts.Select((text, i) => new Paragraph { Number = i + 1, Position = i, Text = text }).ToList();
        Assert.True(Encoding.UTF8.GetByteCount(string.Concat(texts)) > 200_000);

        var original = string.Concat(Enumerable.Repeat("date 2024-01-01\n\n\n", 1000));
        var block = StoredParagraphs.Pack(paragraphs, original);

        Assert.Equal(Shown(paragraphs), Shown(StoredParagraphs.Read(block)));
        Assert.Equal(original, StoredParagraphs.Original(block));
        Assert.Equal(texts[^1], StoredParagraphs.Read(block).Single(p => p.Number == texts.Count).Text);
        Assert.Equal(texts[100], StoredParagraphs.Read(block).Single(p => p.Number == 101).Text);
    }

    [Fact]
    public void A_report_of_the_real_size_is_stored_with_its_text_as_imported_in_well_under_half_its_bytes()
    {
        var corpus = new SyntheticCorpus(seed: 8, CorpusShape.Real);
        var (plain, packed) = (0, 0);
        foreach (var text in Enumerable.Range(0, 50).Select(_ => corpus.Next()))
        {
            var paragraphs = SeedParser.Parse(text).Article!.Paragraphs.Select((p, i) => new Paragraph { Number = i + 1, Position = i, Text = p.Text }).ToList();
            plain += Encoding.UTF8.GetByteCount(text);
            var block = StoredParagraphs.Pack(paragraphs, StoredOriginal.Cut(text, paragraphs.Select(p => p.Text).ToList()));
            Assert.Equal(text, StoredOriginal.Rebuild(StoredParagraphs.Original(block)!, StoredParagraphs.Texts(block)));
            packed += block.Length;
        }

        Assert.True(packed < plain / 2, $"stored {packed} bytes for {plain}");
    }

    [Fact]
    public void A_damaged_block_is_an_error_not_text()
    {
        var block = StoredParagraphs.Pack([new Paragraph { Number = 1, Text = "A paragraph long enough to be compressed into a block of some bytes." }], "date 2024-01-01\n");

        Assert.ThrowsAny<Exception>(() => StoredParagraphs.Read(block[..^4]));
    }

    /// <summary>A block as written before <c>OriginalInBody</c>: the paragraphs alone.</summary>
    private static byte[] BlockWithoutOriginal(IReadOnlyList<Paragraph> paragraphs)
    {
        using var plain = new MemoryStream();
        using (var writer = new BinaryWriter(plain, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(paragraphs.Count);
            foreach (var paragraph in paragraphs)
            {
                writer.Write7BitEncodedInt(paragraph.Position);
                writer.Write(paragraph.Text);
                writer.Write(paragraph.Html);
            }
        }

        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength((int)plain.Length)];
        Assert.True(BrotliEncoder.TryCompress(plain.ToArray(), compressed, out var written, 5, 16));
        Assert.True(plain.Length < 0x80);
        return [(byte)plain.Length, .. compressed[..written]];
    }

    private static List<string> Shown(IEnumerable<Paragraph> paragraphs) => paragraphs.Select(p => $"{p.Number} {p.Position} [{p.Text}] [{p.Html}]").ToList();
}

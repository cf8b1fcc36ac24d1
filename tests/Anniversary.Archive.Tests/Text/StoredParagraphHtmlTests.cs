using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Text;

public sealed class StoredParagraphHtmlTests
{
    [Theory]
    [InlineData("Nguyễn Văn An, Minister of Culture, said that a & b > c.", 0, 13, true)]
    [InlineData("The minister, Lê Thị Hoa, said it & more.", 14, 10, true)]
    [InlineData("The minister, Lê Thị Hoa, said \"yes\".", 14, 10, true)]
    [InlineData("The minister, Lê Thị Hoa, said it. ", 14, 10, false)]
    public void A_paragraph_with_links_is_stored_without_a_second_copy_of_its_text_and_read_back_as_rendered(string text, int start, int length, bool onlyTags)
    {
        var rendered = StoredParagraphHtml.Render(text, [(start, length, 0, null)]);
        var expected = ParagraphHtml.Render(text, [(start, length, "/people/someone", null)]);

        var stored = rendered.Stored(["/people/someone"]);

        Assert.Equal(expected, StoredParagraphHtml.Read(text, stored));
        Assert.Contains("/people/someone", stored);
        // HTML that differs from the encoded text in more than tags (Markdig drops a trailing space) is kept whole.
        Assert.Equal(onlyTags, !stored.Contains("said", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plain_paragraph_stores_nothing_and_html_stored_whole_before_is_read_as_stored()
    {
        const string text = "A plain paragraph & more.";

        Assert.Equal(string.Empty, StoredParagraphHtml.Render(text, []).Stored([]));
        Assert.Equal("A plain paragraph &amp; more.", StoredParagraphHtml.Read(text, string.Empty));
        Assert.Equal("<em>whole</em>", StoredParagraphHtml.Read(text, "<em>whole</em>"));
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Anniversary.Archive.Search;

namespace Anniversary.Archive.Tests.Search;

/// <summary>Snippets: the text as published, HTML-encoded first, then the matched words marked.</summary>
public sealed class SnippetsTests
{
    [Fact]
    public void Markup_in_the_text_is_encoded_and_only_marks_are_added()
    {
        const string text = "<b>Hà Nội</b> & \"Hanoi\" <script>alert('ha noi')</script>";

        var html = Snippets.Highlight(text, SearchQueryParser.Parse("ha noi").Highlights);

        Assert.Equal(["</mark>", "<mark>"], Regex.Matches(html, "<[^>]*>").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(text, WebUtility.HtmlDecode(html.Replace("<mark>", string.Empty).Replace("</mark>", string.Empty)));
        Assert.Equal(["Hà Nội", "Hanoi", "ha noi"], Marks(html));
    }

    [Fact]
    public void Letters_of_any_script_stay_as_written_and_only_markup_is_escaped()
    {
        var html = Snippets.Highlight("Lê Kim Anh spoke in Hà Nội, Việt Nam’s capital: <b> & ខ្មែរ + 1\u00A0000 🎗", SearchQueryParser.Parse("\"le kim anh\"").Highlights);

        Assert.Equal("<mark>Lê Kim Anh</mark> spoke in Hà Nội, Việt Nam’s capital: &lt;b&gt; &amp; ខ្មែរ + 1\u00A0000 🎗", html);
    }

    [Fact]
    public void Spans_given_by_meaning_are_marked_and_not_the_same_words_elsewhere()
    {
        const string text = "a ceremony on January 7 to mark the victory (January 7, 1979 - 2024)";

        var html = Snippets.Highlight(text, [], [(text.IndexOf("January 7", StringComparison.Ordinal), text.IndexOf(" to mark", StringComparison.Ordinal))]);

        Assert.Equal(["January 7"], Marks(html));
        Assert.Contains("(January 7, 1979 - 2024)", html);
    }

    [Fact]
    public void A_word_that_looks_like_a_tag_is_marked_inside_its_encoding()
    {
        var html = Snippets.Highlight("before <script> after", SearchQueryParser.Parse("script").Highlights);

        Assert.Equal("before &lt;<mark>script</mark>&gt; after", html);
    }

    [Fact]
    public void A_phrase_is_marked_as_one_span_of_the_published_words()
    {
        var html = Snippets.Highlight("On this occasion, 50 gift  packages were presented.", SearchQueryParser.Parse("\"GIFT PACKAGES\"").Highlights);

        Assert.Equal(["gift  packages"], Marks(html));
    }

    [Fact]
    public void A_long_text_is_cut_around_the_first_match_with_ellipses()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 200)) + " Đồng Tháp " + string.Join(' ', Enumerable.Repeat("filler", 200));

        var html = Snippets.Highlight(text, SearchQueryParser.Parse("dong thap").Highlights);

        Assert.StartsWith("… ", html);
        Assert.EndsWith(" …", html);
        Assert.True(html.Length < text.Length / 2);
        Assert.Equal(["Đồng Tháp"], Marks(html));
    }

    private static List<string> Marks(string html) =>
        Regex.Matches(html, "<mark>(.*?)</mark>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}

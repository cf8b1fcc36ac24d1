using System.Net;
using Anniversary.Archive.Corpus;
using Anniversary.Archive.Import;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Tests.Support;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Text;

public sealed class ParagraphHtmlTests
{
    public static readonly TheoryData<string> Awkward =
    [
        "a & b", "\"quoted\" and 'single'", "x > y", "it’s Hà Nội, Đà Nẵng", "x  y", "!x", "*emphasis* and _under_", "`code`",
        "# not a heading", "1. not a list", "- not an item", "> not a quote", "***", "---", "===", "http://example.org/a?b=c&d=e",
        "www.example.org", "mail a@b.com", "back\\slash \\*", "&amp; &#39; &copy;", "tab\tinside", "line\nbreak", " leading",
        "trailing ", "\u00A0nbsp", "50%", "(Photo: VNA)", "a | b | c", "~~strike~~", "<b>", "[x]", "x]", "{braces}", "a\u2028b",
    ];

    [Theory]
    [MemberData(nameof(Awkward))]
    public void Plain_text_encoded_directly_is_what_Markdig_renders(string text)
    {
        var html = ParagraphHtml.Render(text);

        Assert.Equal(ParagraphHtml.RenderWithMarkdig(text, []), html);
    }

    [Fact]
    public void A_name_spelt_otherwise_than_its_persons_page_carries_a_title_naming_the_person()
    {
        const string text = "Deputy Governor Mao Sophal thanked Mao Sophan’s hosts.";
        var html = ParagraphHtml.Render(text, [(16, 10, "/people/mao-sophan", "Mao Sophan, spelt “Mao Sophal” here"), (35, 10, "/people/mao-sophan", null)]);

        Assert.Equal(
            "Deputy Governor <a href=\"/people/mao-sophan\" title=\"Mao Sophan, spelt “Mao Sophal” here\">Mao Sophal</a> thanked <a href=\"/people/mao-sophan\">Mao Sophan</a>’s hosts.",
            html);
    }

    [Fact]
    public void Every_paragraph_of_the_seeds_and_of_generated_reports_renders_as_Markdig_renders_it()
    {
        var corpus = new SyntheticCorpus(seed: 3);
        var texts = Directory.EnumerateFiles(Repository.SeedsFolder, "*.txt").Select(File.ReadAllText)
            .Concat(Enumerable.Range(0, 300).Select(_ => corpus.Next()))
            .SelectMany(text => SeedParser.Parse(text).Article!.Elements.OfType<BodyParagraph>().Select(p => p.Text))
            .ToList();

        foreach (var text in texts)
        {
            Assert.Equal(ParagraphHtml.RenderWithMarkdig(text, []), ParagraphHtml.Render(text));
        }

        // The direct way is the common one, so the comparison above is mostly of it.
        Assert.True(texts.Count(ParagraphHtml.IsPlain) > texts.Count * 9 / 10, $"{texts.Count(ParagraphHtml.IsPlain)} of {texts.Count} plain");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Before <script>alert('x')</script> after.")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<b>bold</b> and <!-- a comment -->")]
    public void Html_in_the_text_is_encoded_not_passed_through(string text)
    {
        var html = ParagraphHtml.Render(text);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Assert.Equal(text, WebUtility.HtmlDecode(html));
    }

    [Fact]
    public void A_script_tag_is_rendered_as_encoded_text()
    {
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;", ParagraphHtml.Render("<script>alert(1)</script>"));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x]( javascript:alert(1) )")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](javascript&#58;alert(1))")]
    [InlineData("[x](jav&#x61;script:alert(1))")]
    [InlineData("[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))")]
    [InlineData("[x](javascript&colon;alert(1))")]
    [InlineData("[x](javascript\\:alert(1))")]
    [InlineData("[x](<javascript:alert(1)>)")]
    [InlineData("[x](java&#9;script:alert(1))")]
    [InlineData("[x](java&Tab;script:alert(1))")]
    [InlineData("[x](java&NewLine;script:alert(1))")]
    [InlineData("[x](&#xA0;javascript:alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](<java script:alert(1)>)")]
    [InlineData("[x](\u0001javascript:alert(1))")]
    [InlineData("[x](java\u000Bscript:alert(1))")]
    [InlineData("[x](http://a\" onmouseover=\"alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](VBScript:msgbox(1))")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("![x](https://example.org/image.png)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("See [the report](javascript:alert(1)) for details.")]
    public void A_link_outside_the_allow_list_is_not_rendered_as_a_link(string text)
    {
        var html = ParagraphHtml.Render(text);

        Assert.DoesNotContain("<a", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(text, WebUtility.HtmlDecode(html));
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JaVaScRiPt:alert(document.cookie)>")]
    [InlineData("<data:text/html,x>")]
    [InlineData("Visit <vbscript:msgbox(1)> now")]
    [InlineData("<jav&#x61;script:alert(1)>")]
    [InlineData("<javascript:alert(1)@example.org>")]
    [InlineData("<https://a\" onmouseover=\"alert(1)>")]
    public void An_autolink_outside_the_allow_list_is_not_rendered_as_a_link(string text)
    {
        var html = ParagraphHtml.Render(text);

        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(text, WebUtility.HtmlDecode(html));
    }

    /// <summary>A quote or bracket in a safe link's address or title is escaped, so it cannot end the attribute and add another.</summary>
    [Theory]
    [InlineData("[x](http://a\"onmouseover=\"alert(1))", "<a href=\"http://a%22onmouseover=%22alert(1)\">x</a>")]
    [InlineData("[x](<http://a\" onmouseover=\"alert(1)>)", "<a href=\"http://a%22%20onmouseover=%22alert(1)\">x</a>")]
    [InlineData("[x](https://example.org/'onmouseover='alert(1))", "<a href=\"https://example.org/%27onmouseover=%27alert(1)\">x</a>")]
    [InlineData("[x](https://example.org/?q=\"><script>alert(1)</script>)", "<a href=\"https://example.org/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E\">x</a>")]
    [InlineData("[x](https://example.org/&quot;><svg/onload=alert(1)>)", "<a href=\"https://example.org/%22%3E%3Csvg/onload=alert(1)%3E\">x</a>")]
    [InlineData("[x](http://a 'x\" onmouseover=\"alert(1)')", "<a href=\"http://a\" title=\"x&quot; onmouseover=&quot;alert(1)\">x</a>")]
    [InlineData("<https://a\"onmouseover=\"alert(1)>", "<a href=\"https://a%22onmouseover=%22alert(1)\">https://a&quot;onmouseover=&quot;alert(1)</a>")]
    [InlineData("[\"><img src=x onerror=alert(1)>](https://example.org)", "<a href=\"https://example.org\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>")]
    public void Quotes_and_angle_brackets_stay_inside_a_safe_link(string text, string expected)
    {
        Assert.Equal(expected, ParagraphHtml.Render(text));
    }

    [Fact]
    public void An_https_link_is_a_link()
    {
        Assert.Equal("<a href=\"https://example.org\">x</a>", ParagraphHtml.Render("[x](https://example.org)"));
    }

    [Theory]
    [InlineData("See [the report](https://example.org/report?id=1&page=2) here.", "https://example.org/report?id=1&amp;page=2", "the report")]
    [InlineData("Write to [us](mailto:news@example.org).", "mailto:news@example.org", "us")]
    [InlineData("Visit <https://example.org>.", "https://example.org", "https://example.org")]
    [InlineData("[Archive](/articles/2024/01/07)", "/articles/2024/01/07", "Archive")]
    public void Allowed_links_keep_their_address_and_text(string text, string href, string label)
    {
        var html = ParagraphHtml.Render(text);

        Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
        Assert.Contains($">{label}</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A plain sentence (January 7, 1979 - 2024).")]
    [InlineData("*not emphasis* and **not strong** either")]
    [InlineData("_not emphasis_ and __not strong__ either")]
    [InlineData("snake_case_name and 2*3*4 = 24")]
    [InlineData("# Not a heading")]
    [InlineData("## Not a heading either #")]
    [InlineData("1. Not a list item")]
    [InlineData("- Not a list item")]
    [InlineData("+ Not a list item")]
    [InlineData("> Not a quote")]
    [InlineData("--- not a rule")]
    [InlineData("---")]
    [InlineData("Tom &amp; Jerry, AT&T, &copy; and &#169;")]
    [InlineData("A \\*backslash\\* and a `code span` and a ~~strike~~")]
    [InlineData("[1] A footnote mark and [a bracket] without a link")]
    [InlineData("[x]: https://example.org")]
    [InlineData("“Helping others means helping oneself”, Việt Nam’s people said.")]
    [InlineData("Ends with two spaces and a backslash\\")]
    public void Agency_text_is_rendered_faithfully(string text)
    {
        var html = ParagraphHtml.Render(text);

        Assert.Equal(text, WebUtility.HtmlDecode(html));
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_in_the_text_is_shown_as_written()
    {
        Assert.Equal("Tom &amp;amp; Jerry", ParagraphHtml.Render("Tom &amp; Jerry"));
    }

    [Fact]
    public void The_output_is_inline_html_without_a_paragraph_element()
    {
        var html = ParagraphHtml.Render("A sentence.");

        Assert.Equal("A sentence.", html);
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("mailto:news@example.org", true)]
    [InlineData("/articles/2024", true)]
    [InlineData("#p-3", true)]
    [InlineData("?page=2", true)]
    [InlineData("//example.org/report", true)]
    [InlineData("/people/a:b", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("java\u00A0script:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("javascript\u0000:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData("data:image/svg+xml;base64,PHN2Zz4=", false)]
    [InlineData("VBScript:msgbox", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData(" JAVASCRIPT:alert(1)", false)]
    [InlineData("data:text/html,<b>x</b>", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_http_https_mailto_and_relative_urls_are_safe(string? url, bool safe)
    {
        Assert.Equal(safe, ParagraphHtml.IsSafeUrl(url));
    }
}

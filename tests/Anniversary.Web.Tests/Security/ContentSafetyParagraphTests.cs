using AngleSharp.Dom;
using Anniversary.Archive.Text;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Security;

/// <summary>
/// Hostile paragraph text, rendered as the importer renders it and read back the way a browser reads it:
/// what comes out is text and, at most, links to http, https, mailto or the archive itself.
/// </summary>
public sealed class ContentSafetyParagraphTests
{
    /// <summary>Text that must stay text: no element at all, and the reader sees exactly what the agency wrote.</summary>
    private static readonly string[] InertTexts =
    [
        "<script>alert(1)</script>",
        "Before <SCRIPT src=//evil.example/x.js></SCRIPT> after",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "[x](vbscript:msgbox(1))",
        "![x](https://example.org/pixel.png)",
        "<javascript:alert(1)>",
        "<JaVaScRiPt:alert(document.cookie)>",
        "<data:text/html,alert(1)>",
        "<vbscript:msgbox(1)>",
        "<javascript:alert(1)@example.org>",
        "[x](jav&#x61;script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](javascript&colon;alert(1))",
        "<jav&#x61;script:alert(1)>",
        "[x](java&#9;script:alert(1))",
        "[x](java&Tab;script:alert(1))",
        "[x](java&NewLine;script:alert(1))",
        "[x](&#xA0;javascript:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](<java script:alert(1)>)",
        "[x](\u0001javascript:alert(1))",
        "[x](java\u000Bscript:alert(1))",
        "[x](http://a\" onmouseover=\"alert(1))",
        "<https://a\" onmouseover=\"alert(1)>",
    ];

    /// <summary>Links that may be links, whose quotes and brackets must not escape into markup.</summary>
    private static readonly string[] BreakOutTexts =
    [
        "[x](http://a\"onmouseover=\"alert(1))",
        "[x](<http://a\" onmouseover=\"alert(1)>)",
        "[x](https://example.org/'onmouseover='alert(1))",
        "[x](https://example.org/?q=\"><script>alert(1)</script>)",
        "[x](https://example.org/&quot;><svg/onload=alert(1)>)",
        "[x](http://a 'x\" onmouseover=\"alert(1)')",
        "[x](http://a \"&quot; onload=&quot;alert(1)\")",
        "<https://a\"onmouseover=\"alert(1)>",
        "[<img src=x onerror=alert(1)>](https://example.org)",
        "[\"><script>alert(1)</script>](https://example.org)",
        "[x](//evil.example/<script>)",
        "<a@example.org>",
    ];

    public static TheoryData<string> Inert => [.. InertTexts];

    public static TheoryData<string> Everything => [.. InertTexts, .. BreakOutTexts];

    [Theory]
    [MemberData(nameof(Everything))]
    public void Rendered_text_holds_no_element_but_links_to_allowed_schemes(string text)
    {
        var paragraph = Parse(ParagraphHtml.Render(text));

        foreach (var element in paragraph.QuerySelectorAll("*"))
        {
            Assert.Equal("a", element.LocalName);
            Assert.All(element.Attributes, attribute => Assert.Contains(attribute.Name, new[] { "href", "title" }));
            Assert.Contains(Scheme(element.GetAttribute("href")!), new[] { "http", "https", "mailto" });
        }
    }

    [Theory]
    [MemberData(nameof(Inert))]
    public void Hostile_text_is_shown_as_written_and_is_no_element(string text)
    {
        var paragraph = Parse(ParagraphHtml.Render(text));

        Assert.Empty(paragraph.QuerySelectorAll("*"));
        Assert.Equal(text, paragraph.TextContent);
    }

    [Theory]
    [InlineData("[the report](https://example.org/report)", "https://example.org/report")]
    [InlineData("[the report](HTTP://example.org/report)", "http://example.org/report")]
    [InlineData("<mailto:news@example.org>", "mailto:news@example.org")]
    [InlineData("[p. 3](/articles/2024/01/07/report#p-3)", "https://archive.example/articles/2024/01/07/report#p-3")]
    public void Safe_links_stay_links(string text, string resolved)
    {
        var link = Assert.Single(Parse(ParagraphHtml.Render(text)).QuerySelectorAll("a"));

        Assert.Equal(resolved, Resolve(link.GetAttribute("href")!).Href);
    }

    /// <summary>The rendered paragraph as a browser builds it: inside a p element of a page.</summary>
    private static IElement Parse(string html)
    {
        var document = Html.Parse($"<!DOCTYPE html><html><head><title>t</title></head><body><p id=\"p-1\">{html}</p></body></html>");
        Assert.Single(document.Body!.Children);
        return document.GetElementById("p-1")!;
    }

    /// <summary>The address as a browser resolves it on an article page (WHATWG URL parsing, as AngleSharp does it).</summary>
    private static Url Resolve(string href) =>
        new(new Url("https://archive.example/articles/2024/01/07/report"), href);

    private static string Scheme(string href) => Resolve(href).Scheme;
}

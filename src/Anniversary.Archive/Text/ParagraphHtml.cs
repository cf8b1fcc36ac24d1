using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Anniversary.Archive.Text;

/// <summary>
/// Renders one paragraph of agency text to safe HTML with Markdig. Only links and autolinks are
/// Markdown here: agency copy is plain text, so headings, lists, emphasis, entities and escapes
/// would alter what the agency published. Raw HTML is never passed through, and a link whose
/// scheme is not on the allow-list stays as its literal, encoded source text.
/// </summary>
public static class ParagraphHtml
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <summary>
    /// Renders the paragraph; <paramref name="links"/> turn spans of it (people's names) into links to archive pages,
    /// with a title where the span is written otherwise than the page's name.
    /// </summary>
    public static string Render(string text, IEnumerable<(int Start, int Length, string Url, string? Title)>? links = null)
    {
        var linkList = links?.ToList() ?? [];
        return linkList.Count == 0 && IsPlain(text) ? EncodeAsMarkdigDoes(text) : RenderWithMarkdig(text, linkList);
    }

    /// <summary>
    /// Most paragraphs have nothing Markdown could read as a link: a single line, not starting or
    /// ending with a space, with no brackets or angle brackets. Markdig renders those as their text
    /// with <c>&amp; &lt; &gt; "</c> encoded, and parsing them costs an import a quarter of its memory
    /// traffic, so they are encoded directly (a test holds the two ways equal).
    /// </summary>
    internal static bool IsPlain(string text) =>
        text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]) && text.AsSpan().IndexOfAny(MarkdownSyntax) < 0;

    private static readonly System.Buffers.SearchValues<char> MarkdownSyntax = System.Buffers.SearchValues.Create("[]<\r\n\t\0");

    internal static string EncodeAsMarkdigDoes(string text) =>
        text.AsSpan().IndexOfAny("&<>\"") < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    internal static string RenderWithMarkdig(string text, IEnumerable<(int Start, int Length, string Url, string? Title)> links)
    {
        var markdown = text;
        var titles = new Dictionary<(string Url, string Written), string>();
        foreach (var (start, length, url, title) in links.OrderByDescending(l => l.Start))
        {
            markdown = markdown.Insert(start + length, $"]({url})").Insert(start, "[");
            if (title is not null)
            {
                titles[(url, text.Substring(start, length))] = title;
            }
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsSafeUrl(link.Url))
            {
                link.ReplaceBy(new LiteralInline(markdown.Substring(link.Span.Start, link.Span.Length)), copyChildren: false);
            }
            else if (link.Url is { } url && link.FirstChild is LiteralInline written && titles.TryGetValue((url, written.Content.ToString()), out var title))
            {
                link.Title = title;
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail ? false : !IsSafeUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(markdown.Substring(autolink.Span.Start, autolink.Span.Length)));
            }
        }

        var paragraph = document.OfType<ParagraphBlock>().FirstOrDefault();
        if (paragraph?.Inline is null)
        {
            return System.Net.WebUtility.HtmlEncode(text);
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Write(paragraph.Inline);
        writer.Flush();
        return writer.ToString();
    }

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        var firstPathChar = trimmed.IndexOfAny(['/', '?', '#']);
        var isRelative = colon < 0 || (firstPathChar >= 0 && firstPathChar < colon);
        return isRelative || AllowedSchemes.Contains(trimmed[..colon], StringComparer.OrdinalIgnoreCase);
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        builder.InlineParsers.RemoveAll(parser => parser is not (LinkInlineParser or AutolinkInlineParser or LiteralInlineParser));
        return builder.DisableHtml().UsePreciseSourceLocation().Build();
    }
}

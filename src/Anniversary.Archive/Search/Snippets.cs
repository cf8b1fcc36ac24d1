using System.Text;
using System.Text.RegularExpressions;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Search;

/// <summary>Highlighted snippets of the text as published: HTML-encoded first, then marked.</summary>
public static class Snippets
{
    private const int Window = 280;

    /// <param name="marked">Spans of the text to mark besides the terms' matches (dates found by their meaning).</param>
    public static string Highlight(string text, IReadOnlyList<IReadOnlyList<string>> terms, IReadOnlyList<(int Start, int End)>? marked = null)
    {
        var (folded, source) = TextFolding.FoldWithSourceIndex(text);
        var spans = new List<(int Start, int End)>(marked ?? []);
        foreach (var term in terms)
        {
            var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"[^\p{L}\p{N}]+", term.Select(Alternatives)) + @"(?![\p{L}\p{N}])";
            foreach (Match match in Regex.Matches(folded, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)))
            {
                spans.Add((source[match.Index], source[match.Index + match.Length]));
            }
        }

        spans = Merge(spans);
        var (from, to) = WindowAround(text, spans.Count > 0 ? spans[0].Start : 0);
        var html = new StringBuilder();
        if (from > 0)
        {
            html.Append("… ");
        }

        var position = from;
        foreach (var (start, end) in spans.Where(s => s.Start >= from && s.End <= to))
        {
            html.Append(EscapeMarkup(text[position..start]));
            html.Append("<mark>").Append(EscapeMarkup(text[start..end])).Append("</mark>");
            position = end;
        }

        html.Append(EscapeMarkup(text[position..to]));
        if (to < text.Length)
        {
            html.Append(" …");
        }

        return html.ToString();
    }

    /// <summary>Escapes markup only: "Lê", "+" and emoji stay as written, for JSON clients that show the snippet's text.</summary>
    private static string EscapeMarkup(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    public static bool Contains(string text, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        var words = SearchText.Words(text).ToHashSet();
        return terms.Any(term => term.All(words.Contains));
    }

    private static string Alternatives(string word) =>
        "(?:" + string.Join('|', SearchText.SpellingsOf(word).Select(s => string.Join(@"[^\p{L}\p{N}]+", s.Split(' ').Select(Regex.Escape)))) + ")";

    private static (int From, int To) WindowAround(string text, int first)
    {
        if (text.Length <= Window)
        {
            return (0, text.Length);
        }

        var from = Math.Max(0, first - Window / 3);
        if (from > 0)
        {
            var space = text.IndexOf(' ', from);
            from = space < 0 || space >= first ? from : space + 1;
        }

        var to = Math.Min(text.Length, from + Window);
        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to);
            to = space > first ? space : to;
        }

        return (from, to);
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}

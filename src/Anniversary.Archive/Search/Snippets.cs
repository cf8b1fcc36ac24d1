using System.Text;
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
        var words = WordSpans(folded);
        foreach (var term in terms)
        {
            // Each word of the term as the index matches it: any of its place spellings, each of
            // their words by its stem, in order, with nothing but separators between them.
            var alternatives = term.Select(word => SearchText.SpellingsOf(word).Select(s => s.Split(' ').Select(EnglishStems.Of).ToArray()).ToList()).ToList();
            for (var first = 0; first < words.Count; first++)
            {
                if (MatchEnd(folded, words, first, alternatives, 0) is { } last)
                {
                    spans.Add((source[words[first].Start], source[words[last].End]));
                }
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

    /// <summary>Whether the text holds every word of some term, each as the index matches it: by its stem.</summary>
    public static bool Contains(string text, IReadOnlyList<IReadOnlyList<string>> terms)
    {
        var words = SearchText.Words(text);
        return terms.Any(term => term.All(word =>
        {
            var stem = EnglishStems.Of(word);
            return words.Any(w => w == word || EnglishStems.Has(w, stem));
        }));
    }

    /// <summary>The index of the last text word of a match of the term's words from <paramref name="at"/> on, or null.</summary>
    private static int? MatchEnd(string folded, List<(int Start, int End)> words, int at, List<List<string[]>> alternatives, int term)
    {
        foreach (var spelling in alternatives[term])
        {
            if (at + spelling.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < spelling.Length && matches; i++)
            {
                var (start, end) = words[at + i];
                matches = EnglishStems.Has(folded.AsSpan(start, end - start), spelling[i]);
            }

            if (!matches)
            {
                continue;
            }

            var last = at + spelling.Length - 1;
            if (term == alternatives.Count - 1)
            {
                return last;
            }

            if (MatchEnd(folded, words, last + 1, alternatives, term + 1) is { } rest)
            {
                return rest;
            }
        }

        return null;
    }

    /// <summary>The runs of letters and digits of a folded text, as the index splits its words.</summary>
    private static List<(int Start, int End)> WordSpans(string folded)
    {
        var spans = new List<(int Start, int End)>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetter(folded[i]) || char.IsNumber(folded[i]));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                spans.Add((start, i));
                start = -1;
            }
        }

        return spans;
    }

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

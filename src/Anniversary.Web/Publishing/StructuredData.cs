using System.Text.Encodings.Web;
using System.Text.Json;
using Anniversary.Archive.Reading;

namespace Anniversary.Web.Publishing;

/// <summary>schema.org JSON-LD for articles (NewsArticle) and the timeline (Event), safe to place in a script element.</summary>
public static class StructuredData
{
    // The default encoder escapes <, > and & so no text can close the script element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    /// <summary>The JSON-LD in its script element; the JSON escapes &lt; so the element cannot be closed early.</summary>
    public static string ScriptElement(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    public static string NewsArticle(ArticleDetails article, string origin)
    {
        var summary = article.Summary;
        var url = origin + summary.Url;
        var agency = summary.Source ?? summary.Credit;
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = summary.Title,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["datePublished"] = summary.Date.ToString("yyyy-MM-dd"),
            ["inLanguage"] = "en",
            ["dateline"] = summary.Dateline,
            ["locationCreated"] = summary.Place is null ? null : new Dictionary<string, object> { ["@type"] = "Place", ["name"] = summary.Place },
            ["author"] = agency is null ? null : Organization(agency),
            ["sourceOrganization"] = agency is null ? null : Organization(agency),
            ["description"] = article.Standfirst ?? article.Elements.FirstOrDefault(e => e.Number is not null)?.Text,
            ["articleBody"] = string.Join("\n\n", article.Elements.Where(e => e.Number is not null).Select(e => e.Text)),
            ["mentions"] = article.People.Select(p => Person(p.Name, origin + p.Url, p.Role)).ToList(),
        }.Where(pair => pair.Value is not null).ToDictionary(), Options);
    }

    public static string Events(IEnumerable<EventView> events, string origin) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = events.Select(e => new Dictionary<string, object?>
            {
                ["@type"] = "Event",
                ["name"] = $"{char.ToUpperInvariant(e.Kind[0])}{e.Kind[1..]} in {e.Place}" + (e.Anniversary is { } a ? $", {a.OrdinalText} anniversary" : string.Empty),
                ["startDate"] = e.Date.ToString("yyyy-MM-dd"),
                ["eventStatus"] = "https://schema.org/EventScheduled",
                ["location"] = new Dictionary<string, object> { ["@type"] = "Place", ["name"] = e.Place },
                ["url"] = origin + e.Url,
                ["performer"] = e.Speakers.Select(s => Person(s.Name, origin + s.Url, s.Role)).ToList(),
                ["subjectOf"] = e.Articles.Select(a => new Dictionary<string, object> { ["@type"] = "NewsArticle", ["headline"] = a.Title, ["url"] = origin + a.Url }).ToList(),
            }).ToList(),
        }, Options);

    private static Dictionary<string, object> Organization(string name) => new() { ["@type"] = "Organization", ["name"] = name };

    private static Dictionary<string, object?> Person(string name, string url, string? role) =>
        new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = name, ["url"] = url, ["jobTitle"] = role }
            .Where(pair => pair.Value is not null).ToDictionary();
}

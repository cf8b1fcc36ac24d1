using System.Globalization;
using System.Text.Json;
using Anniversary.Archive.Parsing;

namespace Anniversary.Archive.Tests.Support;

/// <summary>The shape of a <c>*.expected.json</c> golden file: what the parser must make of one seed file.</summary>
public sealed record GoldenArticle(
    string Date,
    string Headline,
    string? Standfirst,
    string? Dateline,
    string? Place,
    string? Credit,
    IReadOnlyList<GoldenElement> Elements)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static GoldenArticle Load(string path) =>
        JsonSerializer.Deserialize<GoldenArticle>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} holds no article.");

    public static GoldenArticle From(ParsedArticle article) => new(
        article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        article.Headline,
        article.Standfirst,
        article.Dateline,
        article.Place,
        article.Credit,
        article.Elements.Select(GoldenElement.From).ToList());

    /// <summary>For comparing whole results in one assertion (records compare lists by reference).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Options);
}

public sealed record GoldenElement(string Kind, string Text, string? Credit = null)
{
    public const string Paragraph = "paragraph";
    public const string Caption = "caption";

    public static GoldenElement From(ParsedElement element) => element switch
    {
        PhotoCaption caption => new GoldenElement(Caption, caption.Text, caption.Credit),
        _ => new GoldenElement(Paragraph, element.Text),
    };
}

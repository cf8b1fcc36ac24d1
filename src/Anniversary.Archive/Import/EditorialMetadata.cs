using System.Text.Json;
using Anniversary.Archive.Parsing;

namespace Anniversary.Archive.Import;

/// <summary>Editorial facts about seed files that their text does not carry: original headline and source.</summary>
public sealed record ArticleMetadata(string? Headline, string? Source);

/// <summary>The optional <c>articles.json</c> beside the seed files. Import works without it.</summary>
public sealed record EditorialMetadata(IReadOnlyDictionary<string, ArticleMetadata> Articles)
{
    public const string FileName = "articles.json";

    public static readonly EditorialMetadata None = new(new Dictionary<string, ArticleMetadata>());

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public ArticleMetadata? For(string fileName) => Articles.GetValueOrDefault(fileName);

    /// <summary>Reads the file when the folder has one; a malformed file is an error naming its line.</summary>
    public static (EditorialMetadata Metadata, SeedError? Error) Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return (None, null);
        }

        try
        {
            var file = JsonSerializer.Deserialize<MetadataFile>(File.ReadAllText(path), Options);
            var articles = file?.Articles ?? new Dictionary<string, ArticleMetadata>();
            return (new EditorialMetadata(new Dictionary<string, ArticleMetadata>(articles, StringComparer.Ordinal)), null);
        }
        catch (JsonException exception)
        {
            return (None, new SeedError((int)(exception.LineNumber ?? 0) + 1, $"{FileName} is not valid: {exception.Message}"));
        }
    }

    private sealed record MetadataFile(Dictionary<string, ArticleMetadata>? Articles);
}

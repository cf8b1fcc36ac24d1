using Anniversary.Archive.Parsing;
using Anniversary.Archive.Tests.Support;

namespace Anniversary.Archive.Tests.Parsing;

/// <summary>
/// Each <c>TestData/NAME.expected.json</c> says what the parser must make of <c>NAME.txt</c>, read from
/// <c>TestData/</c> for synthetic inputs or from the repository's <c>seeds/</c> for real ones.
/// The expectations are written by hand from the input, never saved from the parser's output.
/// </summary>
public sealed class SeedParserGoldenTests
{
    private const string ExpectedSuffix = ".expected.json";

    public static TheoryData<string> GoldenFiles() => new(GoldenNames());

    public static TheoryData<string> RepositorySeeds()
    {
        var names = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Repository.SeedsFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileName(path));
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(GoldenFiles))]
    public void Parse_gives_the_golden_article(string name)
    {
        var expected = GoldenArticle.Load(Path.Combine(Repository.TestDataFolder, name + ExpectedSuffix));

        var result = SeedParser.Parse(ReadInput(name));

        Assert.Null(result.Error);
        var actual = GoldenArticle.From(result.Article!);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Headline, actual.Headline);
        Assert.Equal(expected.Standfirst, actual.Standfirst);
        Assert.Equal(expected.Dateline, actual.Dateline);
        Assert.Equal(expected.Place, actual.Place);
        Assert.Equal(expected.Credit, actual.Credit);
        for (var i = 0; i < Math.Min(expected.Elements.Count, actual.Elements.Count); i++)
        {
            Assert.True(expected.Elements[i] == actual.Elements[i], $"element {i}:\nexpected {expected.Elements[i]}\nactual   {actual.Elements[i]}");
        }

        Assert.Equal(expected.Elements.Count, actual.Elements.Count);
    }

    [Fact]
    public void The_golden_set_covers_both_repository_seeds_and_a_synthetic_file()
    {
        var names = GoldenNames();

        Assert.Contains("000_354021721e707285", names);
        Assert.Contains("001_ef79043fe6377dc1", names);
        Assert.Contains(names, name => File.Exists(Path.Combine(Repository.TestDataFolder, name + ".txt")));
    }

    [Theory]
    [MemberData(nameof(RepositorySeeds))]
    public void Every_repository_seed_parses(string fileName)
    {
        var (text, decodeError) = SeedText.Decode(File.ReadAllBytes(Repository.Seed(fileName)));
        Assert.Null(decodeError);

        var result = SeedParser.Parse(text!);

        Assert.Null(result.Error);
        Assert.NotEmpty(result.Article!.Paragraphs);
    }

    [Fact]
    public void Seed_000_counts_and_caption_positions()
    {
        var article = SeedParser.Parse(ReadInput("000_354021721e707285")).Article!;

        Assert.Equal(15, article.Paragraphs.Count());
        Assert.Equal(2, article.Captions.Count());
        Assert.IsType<PhotoCaption>(article.Elements[0]);
        // The second caption follows the fifth body paragraph.
        Assert.IsType<PhotoCaption>(article.Elements[6]);
        Assert.Equal(5, article.Elements.Take(6).OfType<BodyParagraph>().Count());
        Assert.StartsWith(article.Standfirst!.TrimEnd('.'), article.Paragraphs.First().Text, StringComparison.Ordinal);
    }

    private static List<string> GoldenNames() =>
        Directory.EnumerateFiles(Repository.TestDataFolder, "*" + ExpectedSuffix)
            .Select(path => Path.GetFileName(path)[..^ExpectedSuffix.Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string ReadInput(string name)
    {
        var synthetic = Path.Combine(Repository.TestDataFolder, name + ".txt");
        var path = File.Exists(synthetic) ? synthetic : Repository.Seed(name + ".txt");
        Assert.True(File.Exists(path), $"no input for golden file {name}");
        var (text, error) = SeedText.Decode(File.ReadAllBytes(path));
        Assert.Null(error);
        return text!;
    }
}

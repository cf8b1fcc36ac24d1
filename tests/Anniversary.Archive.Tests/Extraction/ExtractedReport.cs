using Anniversary.Archive.Extraction;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// A report parsed and read by the extractor. Paragraphs are found by the words they open with,
/// so an expectation still names the right paragraph when a caption or a standfirst moves the numbers.
/// </summary>
internal sealed record ExtractedReport(ParsedArticle Article, ArticleFacts Facts)
{
    public static ExtractedReport FromFile(string path)
    {
        var result = SeedParser.Parse(File.ReadAllText(path));
        Assert.True(result.Error is null, $"{Path.GetFileName(path)} does not parse: {result.Error}");
        return new ExtractedReport(result.Article!, ArticleExtractor.Extract(result.Article!));
    }

    /// <summary>
    /// The 1-based number of the one body paragraph opening with <paramref name="opening"/>; captions are not counted.
    /// Failing that, the one whose first <see cref="TagReach"/> characters hold it: a lead may still open with an
    /// agency tag or a dateline ("WVR/VNA - ", "Phnom Penh (FN), Jan. 7 -") that expectations leave out.
    /// </summary>
    public int Paragraph(string opening)
    {
        var numbers = Numbers(text => text.StartsWith(opening, StringComparison.Ordinal));
        if (numbers.Count == 0)
        {
            numbers = Numbers(text => text.IndexOf(opening, StringComparison.Ordinal) is >= 0 and <= TagReach);
        }

        return numbers.Count == 1
            ? numbers[0]
            : throw new InvalidOperationException($"{numbers.Count} body paragraphs open with “{opening}”; expected exactly one.");
    }

    private const int TagReach = 80;

    private List<int> Numbers(Func<string, bool> opens) =>
        Article.Paragraphs
            .Select((paragraph, index) => (paragraph.Text, Number: index + 1))
            .Where(paragraph => opens(paragraph.Text))
            .Select(paragraph => paragraph.Number)
            .ToList();

    public string ParagraphText(int number) => Article.Paragraphs.ElementAt(number - 1).Text;

    public ExtractedPerson? Person(string name) => Facts.People.SingleOrDefault(person => person.Key == TextFolding.Fold(name));

    public IReadOnlySet<string> MomentLabels =>
        Facts.Moments.SelectMany(moment => moment.Label.Split(", ")).ToHashSet();
}

/// <summary>The repository, found from the test output folder, so seeds and reports are read where they are written.</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static string Seed(string fileName) => Path.Combine(Root, "seeds", fileName);

    public static string ExtractionReports => Path.Combine(Root, "tests", "Anniversary.Archive.Tests", "Extraction", "Reports");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Anniversary.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Anniversary.sln.");
    }
}

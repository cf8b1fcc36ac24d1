using Anniversary.Archive.Import;
using Anniversary.Archive.Parsing;
using Anniversary.Web.Commands;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.CrashSafety;

/// <summary>What a seed file parses to: the rows its article must have, no more and no fewer.</summary>
public sealed record FileShape(int Paragraphs, int Figures);

/// <summary>2,500 synthetic reports, written once by the <c>generate</c> command, and the shape of each file.</summary>
public sealed class GeneratedArticles : IAsyncLifetime
{
    public const int Count = 2500;

    /// <summary>Small batches, so that a killed import has committed some and a re-run has some left.</summary>
    public const int BatchSize = 25;

    private readonly TempFolder _temp = new();

    public string Folder => _temp.File("articles");

    public IReadOnlyDictionary<string, FileShape> Files { get; private set; } = new Dictionary<string, FileShape>();

    /// <summary>The arguments of an import of these files into <paramref name="database"/>.</summary>
    public string[] ImportInto(string database) =>
        ["import", Folder, "--db", database, "--batch-size", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    public static Dictionary<string, FileShape> ShapesOf(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt").ToDictionary(path => Path.GetFileName(path), path =>
        {
            var (text, error) = SeedText.Decode(File.ReadAllBytes(path));
            var article = SeedParser.Parse(text ?? throw new InvalidDataException($"{path}: {error}")).Article!;
            return new FileShape(article.Paragraphs.Count(), article.Captions.Count());
        });

    public async Task InitializeAsync()
    {
        var exitCode = await ArchiveCommandLine.RunAsync(["generate", Folder, "--count", Count.ToString(System.Globalization.CultureInfo.InvariantCulture)], TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, exitCode);
        Files = ShapesOf(Folder);
        Assert.Equal(Count, Files.Count);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>One at a time and alone: these tests time child processes and must not share the two cores with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashSafetyCollection : ICollectionFixture<GeneratedArticles>
{
    public const string Name = "Crash safety";
}

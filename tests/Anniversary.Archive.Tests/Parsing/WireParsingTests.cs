using System.Text.Json;
using Xunit.Abstractions;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Tests.Support;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Parsing;

/// <summary>
/// The Wire tuning reports (never <c>Wire/HeldOut/</c>) against the hand-written <c>headline</c>,
/// <c>byline</c>, <c>source</c> and <c>datelines</c> of their <c>*.expected.json</c>.
/// </summary>
public sealed class WireParsingTests(ITestOutputHelper output)
{
    private static string WireFolder => Path.Combine(Repository.Root, "tests", "Anniversary.Archive.Tests", "Extraction", "Wire");

    private static List<string> Names() =>
        Directory.EnumerateFiles(WireFolder, "*.txt", SearchOption.TopDirectoryOnly).Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Reports() => new(Names());

    private static (ParsedArticle Article, string Text, JsonElement Expected) Read(string name)
    {
        var text = File.ReadAllText(Path.Combine(WireFolder, name + ".txt"));
        var result = SeedParser.Parse(text);
        Assert.Null(result.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(WireFolder, name + ".expected.json")));
        return (result.Article!, text, json.RootElement.Clone());
    }

    private static string? Field(JsonElement expected, string name) =>
        expected.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// Exact: the same characters. Acceptable: at most 140 characters, no "…", and as words (folded)
    /// at least 80 % of the annotator's headline present and at least 80 % of the derived one in it:
    /// the same clause with an adjunct more or less ("in Takeo town", "Samdech Techo").
    /// </summary>
    [Fact]
    public void Derived_headlines_match_the_annotated_ones()
    {
        var (exact, acceptable, total) = (0, 0, 0);
        foreach (var name in Names())
        {
            var (article, _, expected) = Read(name);
            var wanted = Field(expected, "headline");
            if (wanted is null)
            {
                continue;
            }

            total++;
            var title = article.Title;
            Assert.True(title.Length <= Headlines.MaxLength, $"{name}: {title.Length} characters");
            Assert.DoesNotContain('…', title);
            var isExact = title == wanted;
            var (recall, precision) = Overlap(wanted, title);
            var isAcceptable = isExact || (recall >= 0.8 && precision >= 0.8);
            exact += isExact ? 1 : 0;
            acceptable += isAcceptable ? 1 : 0;
            output.WriteLine($"{(isExact ? "exact" : isAcceptable ? "acceptable" : "other")} {name}: {title} (recall {recall:0.00}, precision {precision:0.00})");
        }

        output.WriteLine($"{exact} exact, {acceptable} exact or acceptable, of {total}");
        // 24 annotated headlines before the fourth round's reports (85–104), which add six printed headline lines, and the
        // sixth round's (153–168), which add sixteen.
        Assert.Equal(46, total);
        Assert.True(exact >= 22, $"{exact} exact headlines of {total}");
        Assert.True(acceptable >= 25, $"{acceptable} exact or acceptable headlines of {total}");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_headline_is_never_a_caption_a_byline_or_a_dateline(string name)
    {
        var (article, _, _) = Read(name);

        Assert.DoesNotContain(article.Captions, c => article.Title.StartsWith(c.Text, StringComparison.Ordinal));
        Assert.NotEqual(article.Byline, article.Title);
        Assert.DoesNotContain(article.Datelines, d => article.Title.StartsWith(d, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),", article.Title);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Bylines_sources_and_datelines_are_read_as_written(string name)
    {
        var (article, _, expected) = Read(name);

        Assert.Equal(Field(expected, "byline"), article.Byline);
        var datelines = expected.TryGetProperty("datelines", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(d => d.GetString()!).ToList()
            : [];
        Assert.Equal(datelines, article.Datelines);
        if (Field(expected, "source") is { } source)
        {
            Assert.Contains(source, article.Credit ?? string.Empty, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(article.Credit);
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_body_paragraph_is_in_the_file_as_written_and_none_is_a_byline_source_or_dateline(string name)
    {
        var (article, text, _) = Read(name);

        foreach (var paragraph in article.Paragraphs)
        {
            Assert.Contains(paragraph.Text, text, StringComparison.Ordinal);
            Assert.NotEqual(article.Byline, paragraph.Text);
            Assert.NotEqual(article.SourceLine, paragraph.Text);
            Assert.DoesNotContain(article.Datelines, d => paragraph.Text.StartsWith(d, StringComparison.Ordinal));
            Assert.DoesNotMatch(@"^[-–—]\s", paragraph.Text);
        }
    }

    private static (double Recall, double Precision) Overlap(string wanted, string derived)
    {
        var want = Words(wanted);
        var got = Words(derived);
        var common = want.Intersect(got).Count();
        return ((double)common / want.Count, (double)common / got.Count);
    }

    private static HashSet<string> Words(string text) =>
        TextFolding.Fold(text).Split([' ', ',', ':', '’', '\''], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Anniversary.Archive.Extraction;
using Anniversary.Archive.Text;
using Xunit.Abstractions;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// Reports written for these tests in the agency's style, none of them a seed, each with the facts
/// a reader takes from it written by hand in <c>Reports/NAME.expected.json</c>. They check that the
/// rules carry beyond the two seeds: other places, other names, other ways of saying who spoke.
/// An expectation says what the report says, never what the extractor happens to give.
/// </summary>
public sealed class GeneralisationTests(ITestOutputHelper output)
{
    private const string ExpectedSuffix = ".expected.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    public static TheoryData<string> Reports() => new(ReportNames());

    [Fact]
    public void The_corpus_holds_at_least_six_reports_each_with_its_expectations()
    {
        var names = ReportNames();

        Assert.True(names.Count >= 6, $"only {names.Count} reports");
        Assert.All(names, name => Assert.True(File.Exists(Path.Combine(SourceTree.ExtractionReports, name + ExpectedSuffix)), $"{name} has no expectations"));
    }

    /// <summary>Every fact of the report at once, so a failure lists all that was missed and all that was wrongly read.</summary>
    [Theory]
    [MemberData(nameof(Reports))]
    public void The_extractor_reads_the_report_as_a_reader_does(string name)
    {
        var (about, expected, actual) = Facts(name);

        var missed = expected.Except(actual).ToList();
        var wrong = actual.Except(expected).ToList();

        Assert.True(
            missed.Count == 0 && wrong.Count == 0,
            $"{name}: {about}\n  expected, not read:\n    {string.Join("\n    ", missed)}\n  read, not expected:\n    {string.Join("\n    ", wrong)}");
    }

    /// <summary>Over the whole corpus: who is in each report with which part, and whose each statement is.</summary>
    [Fact]
    public void Precision_and_recall_of_people_and_statements_over_the_corpus_are_complete()
    {
        var people = new Score();
        var statements = new Score();
        foreach (var name in ReportNames())
        {
            var (_, expected, actual) = Facts(name);
            people.Add(expected.Where(IsPerson), actual.Where(IsPerson));
            statements.Add(expected.Where(IsStatement), actual.Where(IsStatement));
        }

        var summary = $"people with part: {people}\nstatements: {statements}";
        output.WriteLine(summary);

        Assert.True(people.Precision == 1 && people.Recall == 1 && statements.Precision == 1 && statements.Recall == 1, summary);

        static bool IsPerson(string fact) => fact.StartsWith("person ", StringComparison.Ordinal);
        static bool IsStatement(string fact) => fact.StartsWith("statement ", StringComparison.Ordinal);
    }

    private static List<string> ReportNames() =>
        Directory.EnumerateFiles(SourceTree.ExtractionReports, "*.txt")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static (string About, HashSet<string> Expected, HashSet<string> Actual) Facts(string name)
    {
        var report = ExtractedReport.FromFile(Path.Combine(SourceTree.ExtractionReports, name + ".txt"));
        var expected = JsonSerializer.Deserialize<ExpectedReport>(File.ReadAllText(Path.Combine(SourceTree.ExtractionReports, name + ExpectedSuffix)), Options)
            ?? throw new InvalidDataException($"{name}{ExpectedSuffix} is empty.");
        return (expected.About, ExpectedFacts(report, expected), ActualFacts(report));
    }

    // Both sides are written as the same lines, so a difference reads as a sentence about the report.

    private static HashSet<string> ExpectedFacts(ExtractedReport report, ExpectedReport expected)
    {
        var facts = new HashSet<string> { EventFact(expected.Event) };
        foreach (var person in expected.People)
        {
            facts.Add(PersonFact(TextFolding.Fold(person.Name), person.Part));
            facts.Add(RoleFact(TextFolding.Fold(person.Name), person.Role, person.Country));
        }

        foreach (var statement in expected.Statements)
        {
            facts.Add(StatementFact(report, report.Paragraph(statement.Paragraph), TextFolding.Fold(statement.Speaker)));
        }

        foreach (var date in expected.Dates)
        {
            facts.Add(DateFact(report, report.Paragraph(date.Paragraph), date.Date, date.Precision));
        }

        facts.UnionWith(expected.Moments.Select(MomentFact));
        return facts;
    }

    private static HashSet<string> ActualFacts(ExtractedReport report)
    {
        var facts = new HashSet<string> { EventFact(report.Facts.Event) };
        foreach (var person in report.Facts.People)
        {
            facts.Add(PersonFact(person.Key, person.Part.ToString()));
            facts.Add(RoleFact(person.Key, person.Role, person.Country));
        }

        facts.UnionWith(report.Facts.Statements.Select(s => StatementFact(report, s.Paragraph, s.PersonKey)));
        facts.UnionWith(report.Facts.MentionedDates.Select(d => DateFact(report, d.Paragraph, d.Date, d.Precision)));
        facts.UnionWith(report.MomentLabels.Select(MomentFact));
        return facts;
    }

    private static string EventFact(ExtractedEvent? e) =>
        e is null
            ? "event: none"
            : $"event: {e.Kind} in “{e.Place}” ({e.PlaceKey}) on {Iso(e.Date)}, "
              + (e.Anniversary is { } a ? $"anniversary {a.Ordinal} of {(a.Of is { } of ? Iso(of) : "none")} ({a.Precision})" : "no anniversary");

    private static string PersonFact(string key, string part) => $"person {key}: {part}";

    private static string RoleFact(string key, string? role, string? country) =>
        $"role of {key}: {(role is null ? "none" : $"“{role}”")}, country {country ?? "none"}";

    private static string StatementFact(ExtractedReport report, int paragraph, string speakerKey) =>
        $"statement p{paragraph} {Opening(report, paragraph)}: {speakerKey}";

    private static string DateFact(ExtractedReport report, int paragraph, DateOnly date, DatePrecision precision) =>
        $"date p{paragraph} {Opening(report, paragraph)}: {Iso(date)} ({precision})";

    private static string MomentFact(string label) => $"moment: {label}";

    private static string Opening(ExtractedReport report, int paragraph)
    {
        var text = report.ParagraphText(paragraph);
        return $"«{(text.Length <= 40 ? text : text[..40] + "…")}»";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Score
    {
        private int _found;
        private int _read;
        private int _expected;

        public double Precision => _read == 0 ? 1 : (double)_found / _read;

        public double Recall => _expected == 0 ? 1 : (double)_found / _expected;

        public void Add(IEnumerable<string> expected, IEnumerable<string> actual)
        {
            var want = expected.ToHashSet();
            var got = actual.ToHashSet();
            _found += got.Count(want.Contains);
            _read += got.Count;
            _expected += want.Count;
        }

        public override string ToString() =>
            $"precision {Precision:P1} ({_found}/{_read}), recall {Recall:P1} ({_found}/{_expected})";
    }

    private sealed record ExpectedReport(
        string About,
        ExtractedEvent? Event,
        IReadOnlyList<ExpectedPerson> People,
        IReadOnlyList<ExpectedStatement> Statements,
        IReadOnlyList<ExpectedDate> Dates,
        IReadOnlyList<string> Moments);

    /// <summary><see cref="Part"/> is the name of the person's part (Speaker, Quoted, Attendee, Mentioned).</summary>
    private sealed record ExpectedPerson(string Name, string Part, string? Role, string? Country);

    /// <summary>A paragraph is named by the words it opens with.</summary>
    private sealed record ExpectedStatement(string Speaker, string Paragraph);

    private sealed record ExpectedDate(string Paragraph, DateOnly Date, DatePrecision Precision);
}

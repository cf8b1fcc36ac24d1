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
    public static TheoryData<string> Reports() => new(ReportNames());

    [Fact]
    public void The_corpus_holds_at_least_six_reports_each_with_its_expectations()
    {
        var names = ReportNames();

        Assert.True(names.Count >= 6, $"only {names.Count} reports");
        Assert.All(names, name => Assert.True(File.Exists(Path.Combine(SourceTree.ExtractionReports, name + ReportFacts.ExpectedSuffix)), $"{name} has no expectations"));
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
        var people = new ReportScore();
        var statements = new ReportScore();
        foreach (var name in ReportNames())
        {
            var (_, expected, actual) = Facts(name);
            people.Add(expected.Where(ReportFacts.IsPerson), actual.Where(ReportFacts.IsPerson));
            statements.Add(expected.Where(ReportFacts.IsStatement), actual.Where(ReportFacts.IsStatement));
        }

        var summary = $"people with part: {Describe(people)}\nstatements: {Describe(statements)}";
        output.WriteLine(summary);

        Assert.True(people.Precision == 1 && people.Recall == 1 && statements.Precision == 1 && statements.Recall == 1, summary);

        static string Describe(ReportScore score) =>
            $"precision {score.Precision:P1} ({score.Found}/{score.Read}), recall {score.Recall:P1} ({score.Found}/{score.Expected})";
    }

    private static List<string> ReportNames() => ReportFacts.ReportNames(SourceTree.ExtractionReports);

    private static (string About, HashSet<string> Expected, HashSet<string> Actual) Facts(string name) =>
        ReportFacts.Facts(SourceTree.ExtractionReports, name);
}

using System.Globalization;
using Xunit.Abstractions;

namespace Anniversary.Archive.Tests.Extraction.HeldOut;

/// <summary>
/// A held-out set: six reports written after the rules were tuned on reports a–g, in the agency's
/// style but about other events, places, names and ways of saying who spoke. Each report's facts
/// were written by hand in <c>Reports/NAME.expected.json</c> before the extractor was run on it, as a
/// careful reader takes them from the text. They measure how far the rules generalise; an
/// expectation is never changed to what the extractor happens to give.
/// </summary>
public sealed class HeldOutTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(SourceTree.Root, "tests", "Anniversary.Archive.Tests", "Extraction", "HeldOut", "Reports");

    public static TheoryData<string> Reports() => new(ReportFacts.ReportNames(Folder));

    [Fact]
    public void The_held_out_set_holds_six_reports_each_with_its_expectations()
    {
        var names = ReportFacts.ReportNames(Folder);

        Assert.Equal(6, names.Count);
        Assert.All(names, name => Assert.True(
            File.Exists(Path.Combine(Folder, name + ReportFacts.ExpectedSuffix)),
            $"{name} has no expectations"));
    }

    /// <summary>Every fact of the report at once, so a failure lists all that was missed and all that was wrongly read.</summary>
    [Theory]
    [MemberData(nameof(Reports))]
    public void The_extractor_reads_the_held_out_report_as_a_reader_does(string name)
    {
        var (about, expected, actual) = ReportFacts.Facts(Folder, name);

        var missed = expected.Except(actual).Order(StringComparer.Ordinal).ToList();
        var wrong = actual.Except(expected).Order(StringComparer.Ordinal).ToList();
        var message = $"{name}: {about}\n  expected, not read:\n    {string.Join("\n    ", missed)}\n  read, not expected:\n    {string.Join("\n    ", wrong)}";
        output.WriteLine(message);

        Assert.True(missed.Count == 0 && wrong.Count == 0, message);
    }

    /// <summary>Over the six reports: who is in each report with which part, and whose each statement is.</summary>
    [Fact]
    public void Precision_and_recall_of_people_and_statements_over_the_held_out_set_are_complete()
    {
        var people = new ReportScore();
        var statements = new ReportScore();
        var lines = new List<string>();
        foreach (var name in ReportFacts.ReportNames(Folder))
        {
            var (_, expected, actual) = ReportFacts.Facts(Folder, name);
            var reportPeople = new ReportScore();
            var reportStatements = new ReportScore();
            foreach (var score in new[] { people, reportPeople })
            {
                score.Add(expected.Where(ReportFacts.IsPerson), actual.Where(ReportFacts.IsPerson));
            }

            foreach (var score in new[] { statements, reportStatements })
            {
                score.Add(expected.Where(ReportFacts.IsStatement), actual.Where(ReportFacts.IsStatement));
            }

            lines.Add($"{name}: people with part {Describe(reportPeople)}; statements {Describe(reportStatements)}");
        }

        var summary = $"{string.Join("\n", lines)}\nall six: people with part {Describe(people)}\nall six: statements {Describe(statements)}";
        output.WriteLine(summary);

        Assert.True(people.Complete && statements.Complete, summary);

        static string Describe(ReportScore score) =>
            string.Create(
                CultureInfo.InvariantCulture,
                $"precision {score.Found}/{score.Read} ({score.Precision:P1}), recall {score.Found}/{score.Expected} ({score.Recall:P1})");
    }
}

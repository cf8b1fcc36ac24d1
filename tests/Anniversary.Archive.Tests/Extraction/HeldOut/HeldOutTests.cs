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
    public static TheoryData<string> Reports() => new(HeldOutCorpus.ReportNames());

    [Fact]
    public void The_held_out_set_holds_six_reports_each_with_its_expectations()
    {
        var names = HeldOutCorpus.ReportNames();

        Assert.Equal(6, names.Count);
        Assert.All(names, name => Assert.True(
            File.Exists(Path.Combine(HeldOutCorpus.Folder, name + HeldOutCorpus.ExpectedSuffix)),
            $"{name} has no expectations"));
    }

    /// <summary>Every fact of the report at once, so a failure lists all that was missed and all that was wrongly read.</summary>
    [Theory]
    [MemberData(nameof(Reports))]
    public void The_extractor_reads_the_held_out_report_as_a_reader_does(string name)
    {
        var (about, expected, actual) = HeldOutCorpus.Facts(name);

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
        var people = new HeldOutScore();
        var statements = new HeldOutScore();
        var lines = new List<string>();
        foreach (var name in HeldOutCorpus.ReportNames())
        {
            var (_, expected, actual) = HeldOutCorpus.Facts(name);
            var reportPeople = new HeldOutScore();
            var reportStatements = new HeldOutScore();
            foreach (var score in new[] { people, reportPeople })
            {
                score.Add(expected.Where(HeldOutCorpus.IsPerson), actual.Where(HeldOutCorpus.IsPerson));
            }

            foreach (var score in new[] { statements, reportStatements })
            {
                score.Add(expected.Where(HeldOutCorpus.IsStatement), actual.Where(HeldOutCorpus.IsStatement));
            }

            lines.Add($"{name}: people with part {reportPeople}; statements {reportStatements}");
        }

        var summary = $"{string.Join("\n", lines)}\nall six: people with part {people}\nall six: statements {statements}";
        output.WriteLine(summary);

        Assert.True(people.Complete && statements.Complete, summary);
    }
}

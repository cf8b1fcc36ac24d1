using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Anniversary.Archive.Extraction;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// A folder of reports, each <c>NAME.txt</c> with the facts a reader takes from it written by hand in
/// <c>NAME.expected.json</c>, read with <see cref="ExtractedReport"/>. The expected and the read facts
/// are written as the same lines, so a difference reads as a sentence about the report. Used by
/// <see cref="GeneralisationTests"/> and <see cref="HeldOut.HeldOutTests"/>.
/// </summary>
internal static class ReportFacts
{
    public const string ExpectedSuffix = ".expected.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The names of the reports in <paramref name="folder"/>, without <c>.txt</c>, in ordinal order.</summary>
    public static List<string> ReportNames(string folder) =>
        Directory.EnumerateFiles(folder, "*.txt")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>What the report is about, the facts its expectations name and the facts the extractor reads from it.</summary>
    public static (string About, HashSet<string> Expected, HashSet<string> Actual) Facts(string folder, string name)
    {
        var report = ExtractedReport.FromFile(Path.Combine(folder, name + ".txt"));
        var expected = JsonSerializer.Deserialize<ExpectedReport>(File.ReadAllText(Path.Combine(folder, name + ExpectedSuffix)), Options)
            ?? throw new InvalidDataException($"{name}{ExpectedSuffix} is empty.");
        return (expected.About, ExpectedFacts(report, expected), ActualFacts(report));
    }

    public static bool IsPerson(string fact) => fact.StartsWith("person ", StringComparison.Ordinal);

    public static bool IsStatement(string fact) => fact.StartsWith("statement ", StringComparison.Ordinal);

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

/// <summary>
/// Found over read facts: precision is found/read, recall is found/expected, each 1 when there is nothing
/// to divide by. Each test writes it in its own words.
/// </summary>
internal sealed class ReportScore
{
    public int Found { get; private set; }

    public int Read { get; private set; }

    public int Expected { get; private set; }

    public double Precision => Read == 0 ? 1 : (double)Found / Read;

    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    public bool Complete => Found == Read && Found == Expected;

    public void Add(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var want = expected.ToHashSet();
        var got = actual.ToHashSet();
        Found += got.Count(want.Contains);
        Read += got.Count;
        Expected += want.Count;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The figures issue 20 asks of a folder of wire reports, counted over all its reports: speakers F1; the
/// share of people-index entries that are real persons listed once; roles as written (word overlap ≥ 0.9);
/// statement paragraphs (paragraph and speaker) recall and precision; reports whose event has the right
/// date, place and anniversary. A person read from the report is "real" when its folded name is an
/// annotated person's name or one of its <c>variants</c>.
/// </summary>
internal sealed class WireScore
{
    private const double RoleOverlap = 0.9;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    private int _speakersFound, _speakersRead, _speakersExpected;
    private int _entriesGood, _entries;
    private int _rolesRight, _roles;
    private int _statementsFound, _statementsRead, _statementsExpected;
    private int _eventsRight, _reports;

    /// <summary>What each report got wrong, one line each, for the test's output.</summary>
    public List<string> Misses { get; } = [];

    public double SpeakersF1 => F1(_speakersFound, _speakersRead, _speakersExpected);

    public double RealPeopleListedOnce => Share(_entriesGood, _entries);

    public double RolesAsWritten => Share(_rolesRight, _roles);

    public double StatementRecall => Share(_statementsFound, _statementsExpected);

    public double StatementPrecision => Share(_statementsFound, _statementsRead);

    public double EventsRight => Share(_eventsRight, _reports);

    public static WireScore Of(string folder)
    {
        var score = new WireScore();
        foreach (var name in ReportFacts.ReportNames(folder))
        {
            var report = ExtractedReport.FromFile(Path.Combine(folder, name + ".txt"));
            var expected = JsonSerializer.Deserialize<WireReport>(File.ReadAllText(Path.Combine(folder, name + ReportFacts.ExpectedSuffix)), Options)
                ?? throw new InvalidDataException($"{name}{ReportFacts.ExpectedSuffix} is empty.");
            score.Add(name, report, expected);
        }

        return score;
    }

    public override string ToString() =>
        $"speakers F1 {SpeakersF1:F3} ({_speakersFound} found, {_speakersRead} read, {_speakersExpected} expected)\n"
        + $"people index: real and listed once {RealPeopleListedOnce:F3} ({_entriesGood}/{_entries})\n"
        + $"roles as written {RolesAsWritten:F3} ({_rolesRight}/{_roles})\n"
        + $"statements recall {StatementRecall:F3} ({_statementsFound}/{_statementsExpected}), precision {StatementPrecision:F3} ({_statementsFound}/{_statementsRead})\n"
        + $"events right {EventsRight:F3} ({_eventsRight}/{_reports})";

    private void Add(string name, ExtractedReport report, WireReport expected)
    {
        // Every folded form of every annotated person, to the person's folded name.
        var forms = new Dictionary<string, string>();
        foreach (var person in expected.People)
        {
            var key = TextFolding.Fold(person.Name);
            foreach (var form in (person.Variants ?? []).Prepend(person.Name))
            {
                forms.TryAdd(TextFolding.Fold(form), key);
            }
        }

        string? Canonical(string key) => forms.GetValueOrDefault(key);

        var read = report.Facts.People;
        var entriesOf = read.GroupBy(p => Canonical(p.Key) ?? "?" + p.Key).ToDictionary(g => g.Key, g => g.Count());
        foreach (var person in read)
        {
            _entries++;
            if (Canonical(person.Key) is { } real && entriesOf[real] == 1)
            {
                _entriesGood++;
            }
            else
            {
                Misses.Add($"{name}: entry “{person.Name}” ({person.Part}) is {(Canonical(person.Key) is null ? "not an annotated person" : "listed twice")}");
            }
        }

        var speakersExpected = expected.People.Where(p => p.Part == "Speaker").Select(p => TextFolding.Fold(p.Name)).ToHashSet();
        var speakersRead = read.Where(p => p.Part == Part.Speaker).Select(p => Canonical(p.Key) ?? "?" + p.Key).ToHashSet();
        _speakersExpected += speakersExpected.Count;
        _speakersRead += speakersRead.Count;
        _speakersFound += speakersRead.Count(speakersExpected.Contains);
        Misses.AddRange(speakersExpected.Except(speakersRead).Select(s => $"{name}: speaker {s} missed"));
        Misses.AddRange(speakersRead.Except(speakersExpected).Select(s => $"{name}: speaker {s} not expected"));

        foreach (var person in expected.People)
        {
            var key = TextFolding.Fold(person.Name);
            var role = read.Where(p => Canonical(p.Key) == key).Select(p => p.Role).FirstOrDefault(r => r is not null);
            _roles++;
            if (SameRole(person.Role, role))
            {
                _rolesRight++;
            }
            else
            {
                Misses.Add($"{name}: role of {person.Name} “{person.Role}” read as “{role}”");
            }
        }

        var statementsExpected = expected.Statements.Select(s => (report.Paragraph(s.Paragraph), TextFolding.Fold(s.Speaker))).ToHashSet();
        var statementsRead = report.Facts.Statements.Select(s => (s.Paragraph, Canonical(s.PersonKey) ?? "?" + s.PersonKey)).ToHashSet();
        _statementsExpected += statementsExpected.Count;
        _statementsRead += statementsRead.Count;
        _statementsFound += statementsRead.Count(statementsExpected.Contains);
        Misses.AddRange(statementsExpected.Except(statementsRead).Select(s => $"{name}: statement p{s.Item1} by {s.Item2} missed"));
        Misses.AddRange(statementsRead.Except(statementsExpected).Select(s => $"{name}: statement p{s.Item1} by {s.Item2} not expected"));

        _reports++;
        var want = EventLine(expected.Event, e => TextFolding.Fold(e.PlaceKey));
        var got = EventLine(report.Facts.Event, e => e.PlaceKey);
        if (want == got)
        {
            _eventsRight++;
        }
        else
        {
            Misses.Add($"{name}: event {got} (“{report.Facts.Event?.Place}”, {report.Facts.Event?.Kind}), expected {want} ({expected.Event?.Kind})");
        }
    }

    private static string EventLine(ExtractedEvent? e, Func<ExtractedEvent, string> placeKey) =>
        e is null ? "none" : $"{e.Date:yyyy-MM-dd} at {placeKey(e)}, " + (e.Anniversary is { } a ? $"{a.Ordinal} of {a.Of:yyyy-MM-dd} ({a.Precision})" : "no anniversary");

    /// <summary>Both absent, or the words they share make at least <see cref="RoleOverlap"/> of the longer one.</summary>
    public static bool SameRole(string? expected, string? read)
    {
        if (expected is null || read is null)
        {
            return expected is null && read is null;
        }

        var want = Words(expected);
        var got = Words(read);
        var shared = want.Intersect(got).Count();
        return shared >= RoleOverlap * Math.Max(want.Count, got.Count);
    }

    private static HashSet<string> Words(string role) =>
        TextFolding.Fold(role).Split([' ', ',', '-', '–'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    private static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static double F1(int found, int read, int expected) =>
        found == 0 ? (read == 0 && expected == 0 ? 1 : 0) : 2.0 * found / (read + expected);

    private sealed record WireReport(ExtractedEvent? Event, IReadOnlyList<WirePerson> People, IReadOnlyList<WireStatement> Statements);

    private sealed record WirePerson(string Name, string Part, string? Role, IReadOnlyList<string>? Variants);

    private sealed record WireStatement(string Speaker, string Paragraph);
}

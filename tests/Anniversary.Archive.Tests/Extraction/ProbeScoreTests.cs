using System.Text.Json;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Text;
using Xunit.Abstractions;
using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The probe sets of the eleventh and twelfth rounds (<c>Probes/round11.json</c>, <c>Probes/round12.json</c>, each written by a
/// helper who did not read the rules, measured once and then tuned on): their speakers, people, dates and captions stay at
/// the level they reached. See <c>Probes/README.md</c>.
/// </summary>
public sealed class ProbeScoreTests(ITestOutputHelper output)
{
    private static JsonElement Set(string name) => JsonDocument.Parse(
        File.ReadAllText(Path.Combine(SourceTree.Root, "tests", "Anniversary.Archive.Tests", "Extraction", "Probes", name + ".json"))).RootElement;

    [Theory]
    [InlineData("round11", 45, 0, 0)]
    [InlineData("round12", 38, 2, 2)]
    [InlineData("round13", 39, 0, 1)]
    public void Speakers_stay_at_their_level(string set, int exactCases, int wrongStatements, int missedStatements)
    {
        int exact = 0, found = 0, wrong = 0, missed = 0;
        foreach (var probe in Set(set).GetProperty("speakers").EnumerateArray())
        {
            string[] paragraphs = [.. probe.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!)];
            var expected = probe.GetProperty("statements").EnumerateArray().Select(s => (s[0].GetString()!, s[1].GetInt32())).ToHashSet();
            var actual = Statements(Facts([Lead, .. paragraphs])).ToHashSet();
            exact += expected.SetEquals(actual) ? 1 : 0;
            found += actual.Intersect(expected).Count();
            wrong += actual.Except(expected).Count();
            missed += expected.Except(actual).Count();
            if (!expected.SetEquals(actual))
            {
                output.WriteLine($"{probe.GetProperty("note")}: expected {string.Join(", ", expected)}, read {string.Join(", ", actual)}");
            }
        }

        Assert.True(exact >= exactCases, $"{exact} cases exact");
        Assert.True(wrong <= wrongStatements && missed <= missedStatements, $"{found} statements right, {wrong} wrong, {missed} missed");
    }

    /// <summary>
    /// The people of round 12: every named person found (a name with "Sr." or "Jr." keeps it, where the set drops it), and
    /// the role the set expects held in the role read ("Ambassador" in "Vietnamese Ambassador to Cambodia").
    /// </summary>
    [Fact]
    public void People_stay_at_their_level()
    {
        int found = 0, wrong = 0, missed = 0, rolesHeld = 0;
        foreach (var probe in Set("round12").GetProperty("people").EnumerateArray())
        {
            string[] paragraphs = [.. probe.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!)];
            var expected = probe.GetProperty("people").EnumerateArray()
                .ToDictionary(p => p[0].GetString()!, p => p[1].ValueKind == JsonValueKind.Null ? null : p[1].GetString());
            var actual = Facts([Lead, .. paragraphs]).People.ToDictionary(p => p.Key, p => p.Role);
            found += actual.Keys.Intersect(expected.Keys).Count();
            wrong += actual.Keys.Except(expected.Keys).Count();
            missed += expected.Keys.Except(actual.Keys).Count();
            rolesHeld += expected.Count(e => actual.TryGetValue(e.Key, out var role)
                && (e.Value is null ? role is null : role?.Replace('-', ' ').Contains(e.Value.Replace('-', ' '), StringComparison.OrdinalIgnoreCase) == true));
        }

        Assert.True(found >= 49 && wrong <= 2 && missed <= 2, $"{found} people right, {wrong} wrong, {missed} missed");
        Assert.True(rolesHeld >= 36, $"{rolesHeld} roles held");
    }

    [Theory]
    [InlineData("round11", 30)]
    [InlineData("round12", 25)]
    [InlineData("round13", 25)]
    public void Dates_stay_at_their_level(string set, int exactCases)
    {
        var exact = 0;
        foreach (var probe in Set(set).GetProperty("dates").EnumerateArray())
        {
            var text = probe.GetProperty("text").GetString()!;
            var report = DateOnly.Parse(probe.GetProperty("reportDate").GetString()!);
            var expected = probe.GetProperty("dates").EnumerateArray().Select(d => (DateOnly.Parse(d[0].GetString()!), Enum.Parse<DatePrecision>(d[1].GetString()!)));
            exact += expected.SequenceEqual(DateMentions.Find(text, report).Select(m => (m.Date, m.Precision))) ? 1 : 0;
        }

        Assert.Equal(exactCases, exact);
    }

    /// <summary>Round 12's two misses: a bare agency after a caption ("… on Tuesday. AKP"), and "(VNA Photo)" read as the credit "VNA".</summary>
    [Theory]
    [InlineData("round11", 25)]
    [InlineData("round12", 18)]
    [InlineData("round13", 18)]
    public void Captions_stay_at_their_level(string set, int exactCases)
    {
        var exact = 0;
        foreach (var probe in Set(set).GetProperty("captions").EnumerateArray())
        {
            var caption = probe.GetProperty("caption").ValueKind == JsonValueKind.Null ? null : probe.GetProperty("caption").GetString();
            var credit = probe.GetProperty("credit").ValueKind == JsonValueKind.Null ? null : probe.GetProperty("credit").GetString();
            var read = Credits.ReadCaption(probe.GetProperty("paragraph").GetString()!);
            exact += (caption, credit) == (read?.Text, read?.Credit) ? 1 : 0;
        }

        Assert.Equal(exactCases, exact);
    }
}

using Xunit.Abstractions;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// Issue 20's figures over the wire reports kept for tuning (<c>Wire/*.txt</c>). The floors are the level the
/// rules have reached: a ratchet, raised as the rules improve, so a change that loses ground fails. The held-out
/// reports (<c>Wire/HeldOut/</c>) were measured once, after the first round of rules; <c>Wire/HeldOut2/</c> once,
/// after the second; <c>Wire/HeldOut3/</c> once, after the third. Each set's floors were first what its one measurement found; a set
/// once measured is spent, later rounds were tuned on it, and its floors were raised to what they reached.
/// </summary>
public sealed class WireScoreTests(ITestOutputHelper output)
{
    private const double SpeakersF1 = 1.0;
    private const double RealPeopleListedOnce = 1.0;
    private const double RolesAsWritten = 0.97;
    private const double StatementRecall = 1.0;
    private const double StatementPrecision = 1.0;
    private const double EventsRight = 1.0;

    private static string Tuning => Path.Combine(SourceTree.Root, "tests", "Anniversary.Archive.Tests", "Extraction", "Wire");

    [Fact]
    public void The_tuning_reports_score_at_least_the_level_reached()
    {
        var score = WireScore.Of(Tuning);
        output.WriteLine(score.ToString());
        output.WriteLine(string.Join('\n', score.Misses));

        Assert.True(score.SpeakersF1 >= SpeakersF1, score.ToString());
        Assert.True(score.RealPeopleListedOnce >= RealPeopleListedOnce, score.ToString());
        Assert.True(score.RolesAsWritten >= RolesAsWritten, score.ToString());
        Assert.True(score.StatementRecall >= StatementRecall, score.ToString());
        Assert.True(score.StatementPrecision >= StatementPrecision, score.ToString());
        Assert.True(score.EventsRight >= EventsRight, score.ToString());
    }

    [Fact]
    public void The_held_out_reports_score_at_least_what_their_one_measurement_found()
    {
        var score = WireScore.Of(Path.Combine(Tuning, "HeldOut"));
        output.WriteLine(score.ToString());
        output.WriteLine(string.Join('\n', score.Misses));

        Assert.True(score.SpeakersF1 >= HeldOut.SpeakersF1, score.ToString());
        Assert.True(score.RealPeopleListedOnce >= HeldOut.RealPeopleListedOnce, score.ToString());
        Assert.True(score.RolesAsWritten >= HeldOut.RolesAsWritten, score.ToString());
        Assert.True(score.StatementRecall >= HeldOut.StatementRecall, score.ToString());
        Assert.True(score.StatementPrecision >= HeldOut.StatementPrecision, score.ToString());
        Assert.True(score.EventsRight >= HeldOut.EventsRight, score.ToString());
    }

    [Fact]
    public void The_second_held_out_reports_score_at_least_what_their_one_measurement_found()
    {
        var score = WireScore.Of(Path.Combine(Tuning, "HeldOut2"));
        output.WriteLine(score.ToString());
        output.WriteLine(string.Join('\n', score.Misses));

        Assert.True(score.SpeakersF1 >= HeldOut2.SpeakersF1, score.ToString());
        Assert.True(score.RealPeopleListedOnce >= HeldOut2.RealPeopleListedOnce, score.ToString());
        Assert.True(score.RolesAsWritten >= HeldOut2.RolesAsWritten, score.ToString());
        Assert.True(score.StatementRecall >= HeldOut2.StatementRecall, score.ToString());
        Assert.True(score.StatementPrecision >= HeldOut2.StatementPrecision, score.ToString());
        Assert.True(score.EventsRight >= HeldOut2.EventsRight, score.ToString());
    }

    [Fact]
    public void The_third_held_out_reports_score_at_least_what_their_one_measurement_found()
    {
        var score = WireScore.Of(Path.Combine(Tuning, "HeldOut3"));
        output.WriteLine(score.ToString());
        output.WriteLine(string.Join('\n', score.Misses));

        Assert.True(score.SpeakersF1 >= HeldOut3.SpeakersF1, score.ToString());
        Assert.True(score.RealPeopleListedOnce >= HeldOut3.RealPeopleListedOnce, score.ToString());
        Assert.True(score.RolesAsWritten >= HeldOut3.RolesAsWritten, score.ToString());
        Assert.True(score.StatementRecall >= HeldOut3.StatementRecall, score.ToString());
        Assert.True(score.StatementPrecision >= HeldOut3.StatementPrecision, score.ToString());
        Assert.True(score.EventsRight >= HeldOut3.EventsRight, score.ToString());
    }

    /// <summary>
    /// The first held-out figures, as measured again after the third round of rules (first measurement: speakers
    /// 0.939, people 0.972, roles 0.943, statements 0.820 / 1.000, events 12/12; see the README's extraction section).
    /// That set was spent by its first measurement, so these are no longer blind figures.
    /// </summary>
    private static class HeldOut
    {
        public const double SpeakersF1 = 1.0;
        public const double RealPeopleListedOnce = 1.0;
        public const double RolesAsWritten = 1.0;
        public const double StatementRecall = 1.0;
        public const double StatementPrecision = 1.0;
        public const double EventsRight = 1.0;
    }

    /// <summary>
    /// The second held-out set (<c>Wire/HeldOut2/</c>), written and annotated after the first was spent and
    /// before the second round of rules; measured once, when that round was done (speakers 0.902, people 0.917,
    /// roles 0.857, statements 0.880 / 0.978, events 11/12). Spent since, and tuned on in the third round: these
    /// floors are what that round reached, no longer blind figures.
    /// </summary>
    private static class HeldOut2
    {
        public const double SpeakersF1 = 1.0;
        public const double RealPeopleListedOnce = 1.0;
        public const double RolesAsWritten = 1.0;
        public const double StatementRecall = 1.0;
        public const double StatementPrecision = 1.0;
        public const double EventsRight = 1.0;
    }

    /// <summary>
    /// The third held-out set (<c>Wire/HeldOut3/</c>), written and annotated after the second was spent and before
    /// the third round of rules; measured once, when that round was done: speakers 0.980 (0.9796), people 0.968, roles
    /// 0.900, statements 0.911 / 1.000, events 11/12. Fixes made after that measurement (an event's place from the
    /// lead that tells it by a verb, a lower-case honorific, "Academy president", a lake after "near the", "the Cambodian
    /// leader") bring it to
    /// these floors, which are no longer blind figures.
    /// </summary>
    private static class HeldOut3
    {
        public const double SpeakersF1 = 0.97;
        public const double RealPeopleListedOnce = 1.0;
        public const double RolesAsWritten = 1.0;
        public const double StatementRecall = 0.95;
        public const double StatementPrecision = 1.0;
        public const double EventsRight = 1.0;
    }

    [Fact]
    public void Roles_match_when_nine_words_in_ten_are_shared()
    {
        Assert.True(WireScore.SameRole("Chairman of the provincial People’s Committee", "Chairman of the provincial People’s Committee"));
        Assert.False(WireScore.SameRole("Commander of Military Region 7", "Commander of Military Region 7 on January 4 visited"));
        Assert.True(WireScore.SameRole(null, null));
        Assert.False(WireScore.SameRole("Governor", null));
    }
}

using Xunit.Abstractions;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// Issue 20's figures over the wire reports kept for tuning (<c>Wire/*.txt</c>). The floors are the level the
/// rules have reached: a ratchet, raised as the rules improve, so a change that loses ground fails. The held-out
/// reports (<c>Wire/HeldOut/</c>) were measured once, after the first round of rules; <c>Wire/HeldOut2/</c> once,
/// after the second; <c>Wire/HeldOut3/</c> once, after the third; <c>Wire/HeldOut4/</c> once, after the fourth; <c>Wire/HeldOut5/</c> once, after the fifth. Each set's floors were first what its one measurement found; a set
/// once measured is spent, later rounds were tuned on it, and its floors were raised to what they reached.
/// </summary>
public sealed class WireScoreTests(ITestOutputHelper output)
{
    private static string Tuning => Path.Combine(SourceTree.Root, "tests", "Anniversary.Archive.Tests", "Extraction", "Wire");

    /// <summary>A set's floors: speakers F1, real people listed once, roles as written, statement recall and precision, events right.</summary>
    private sealed record Floors(double SpeakersF1, double RealPeopleListedOnce, double RolesAsWritten, double StatementRecall, double StatementPrecision, double EventsRight);

    private static readonly Dictionary<string, Floors> FloorsOfSet = new()
    {
        // The tuning reports (Wire/*.txt; 44 since the fourth round added 85–104, which scored speakers 0.949, people
        // 1.000, roles 0.961, statements 0.871 / 0.968, events 20/20 on the rules as the round found them; 52 since the
        // sixth round added 161–168, which scored speakers 0.930, people 0.963, roles 0.577, statements 0.744 / 0.935,
        // events 6/8 on the rules as that round found them): the level the rules have reached.
        [""] = new(1.0, 1.0, 1.0, 1.0, 1.0, 1.0),

        // Measured once after the first round (speakers 0.939, people 0.972, roles 0.943, statements 0.820 / 1.000,
        // events 12/12); spent, so these are what later rounds reached, no longer blind figures.
        ["HeldOut"] = new(1.0, 1.0, 1.0, 1.0, 1.0, 1.0),

        // Written and annotated before the second round; measured once after it (speakers 0.902, people 0.917, roles
        // 0.857, statements 0.880 / 0.978, events 11/12); tuned on in the third round: no longer blind figures.
        ["HeldOut2"] = new(1.0, 1.0, 1.0, 1.0, 1.0, 1.0),

        // Written and annotated before the third round; measured once after it: speakers 0.980 (0.9796), people 0.968,
        // roles 0.900, statements 0.911 / 1.000, events 11/12. Fixes made after that measurement (an event's place from
        // the lead that tells it by a verb, a lower-case honorific, "Academy president", a lake after "near the", "the
        // Cambodian leader") and in the fourth round (speech told by a participle, "opened the seminar by urging") bring it
        // to these floors, which are no longer blind figures.
        ["HeldOut3"] = new(1.0, 1.0, 1.0, 1.0, 1.0, 1.0),

        // Written and annotated (24 reports) before the fourth round; measured once after it: speakers 0.954 (0.9541),
        // people 0.973, roles 0.808, statements 0.889 / 0.967, events 20/24. Tuned on in the fifth round (descriptive
        // roles, posts of several words, 'In X’s view', 'He went on:', guests' home provinces, a byline 'Name (QĐND)'),
        // which brought it to these floors; no longer blind figures.
        ["HeldOut4"] = new(1.0, 1.0, 1.0, 1.0, 1.0, 1.0),

        // Written and annotated (24 reports) before the fifth round; measured once after it: speakers 0.946, people
        // 0.867, roles 0.850, statements 0.826 / 0.957, events 20/24. Tuned on in the sixth round (descriptive roles,
        // 'who said', 'Reached by phone', coordinated verbs, commemorated days; places the gazetteer lacked, a
        // newspaper, a long honorific, a town against its province), which brought it to these floors: no longer
        // blind figures.
        ["HeldOut5"] = new(1.0, 0.987, 0.987, 0.99, 1.0, 1.0),

        // Written and annotated (24 reports, 129–152) before the sixth round's rules were merged; measured once after it:
        // speakers 1.000, people 0.946 (87/92), roles 0.865 (77/89), statements 0.991 / 0.991, events 22/24. Tuned on in the
        // seventh round (descriptive roles after the name, 'former' roles, honours and bodies that are no person, bylines,
        // a rank running into the next name, a town before the event's word, a town named as a district, 'today’s'),
        // which brought it to these floors: no longer blind figures.
        ["HeldOut6"] = new(1.0, 1.0, 0.988, 0.99, 0.99, 1.0),

        // Written and annotated (24 reports, 169–192) before the seventh round's rules were merged; measured once after it:
        // speakers 0.992 (62 of 63), people 0.978 (88/90), roles 0.910 (81/89), statements 0.974 / 0.991, events 21/24.
        // Tuned on in the eighth round (an event's kind not from a venue's name, a venue never the place, the report's
        // year never the year counted from, a role stopping at ', in …' or a new clause, 'ferryman', a district of two words
        // before 'district governor', a player's position as a title), which brought it to these floors (people 0.989,
        // roles 0.978, events 24/24), and the ninth round's descriptive roles to roles 0.989: no longer blind figures.
        // The thirteenth round's coordination ("said former medic X, 63, …", a plural noun for a person before a name after the
        // verb) read its one speaker left: speakers 1.000, statements 0.983 / 0.991.
        ["HeldOut7"] = new(1.0, 0.988, 0.988, 0.982, 0.991, 1.0),

        // Written and annotated (24 reports, 193–216) before the eighth round's rules were merged; measured once after it:
        // speakers 0.976 (62 of 65), people 0.988 (84/85), roles 0.882 (75/85), statements 0.932 / 0.973, events 23/24.
        // Tuned on in the ninth round (a descriptive phrase after a name read by the post that ends it, a lower-case post
        // and its body, a role word glued before a name without its preposition, streets, a name written with marks that
        // a town spells without, a place after "in" before the guests' home, "the Jan. 7 victory"; "”, An said", "X, himself
        // a …, said", a pronoun closing a quote after a paragraph that named one person, a frame broken by someone else,
        // "hoped"), which brought it to these floors: no longer blind figures.
        ["HeldOut8"] = new(1.0, 1.0, 1.0, 1.0, 1.0, 1.0),

        // Written and annotated (24 reports, 217–240) before the ninth round's rules were merged; measured once after it:
        // speakers 0.970 (64 found, 67 read, 65 expected), people 0.978 (89/91), roles 0.956 (86/90), statements
        // 0.965 (111/115) / 0.982 (111/113), events 24/24 — the first blind set on which every target is met.
        // Tuned on in the twelfth round ("Headmaster X", "a day after Prime Minister X told a rally", "the Cambodian deputy
        // governor also said", a name inside the quote before "he said", a guest's post before the next guest's title):
        // speakers 1.000, people 0.989, roles 0.978, statements 0.991 / 1.000.
        ["HeldOut9"] = new(1.0, 0.989, 0.977, 0.991, 1.0, 1.0),

        // Written and annotated (19 reports, 241–259) after the twelfth round's rules, by a helper who did not read them;
        // measured once (8c2ffc0): speakers 0.963 (52 found, 53 read, 55 expected), people 0.948 (73/77), roles 0.959
        // (70/73), statements 0.966 (86/89) / 0.989 (86/87), events 16/19. Before the round (dcc7b41) the same set read
        // speakers 0.943 and statements 0.944 / 0.988, the rest alike. Tuned on its misses then (a body after "of" before
        // the verb, "said the former navy engineer", "marking 37 years since", "the Jan. 7 victory", "greetings to the
        // leaders of X", a post past an age or "(retd.)", two reporters signing, "addressed a crowd"), which brought it to these floors; its
        // people stay under 1 because three of its reports do not list Pol Pot where the earlier sets do.
        ["HeldOut10"] = new(1.0, 0.960, 1.0, 1.0, 1.0, 1.0),

        // Written and annotated (20 reports, 260–279, 21 paragraphs of two speakers) after the thirteenth round's first rules
        // (two speakers in one paragraph, tuned on Probes/round13.json), by a helper who did not read them; measured once
        // (d29f45c): speakers 0.939 (62 found, 63 read, 69 expected), people 0.916 (87/95), roles 0.867 (78/90), statements
        // 0.821 (92/112) / 0.979 (92/94), events 19/20. Before the round (22ac7d8): statements 0.768 (86/112) / 0.977, the rest
        // alike. Tuned on its misses then (two speakers joined by "and" past titles, relations and descriptions, "but Y
        // disagreed, saying", "agreed that", credit lines, "Thao" inside a name, the anniversary's day), which brought it to
        // these floors; "Hun Sen, speaking at the party's headquarters, urged …" elsewhere stays a statement the set does not list.
        // The fourteenth round read "Ambassador Pham Quoc Thai" and "Ambassador Thai" ("Thai" a name syllable after a title).
        ["HeldOut11"] = new(0.985, 0.978, 0.911, 1.0, 0.982, 1.0),

        // Written and annotated (20 reports, 280–299, representative of the family rather than of its edges) after the
        // thirteenth round, by a helper who did not read the rules; measured once (d335dd4): speakers 1.000, people 0.971
        // (68/70), roles 0.971 (66/68), statements 0.990 (104/105) / 1.000, events 20/20. Tuned on its two misses then (a pair
        // of speakers after a frame, "the Kamping Puoy dam"): people 0.986, statements 1.000 / 1.000.
        ["HeldOut12"] = new(1.0, 0.985, 0.970, 1.0, 1.0, 1.0),

        // Written and annotated (20 reports, 300–319, representative, with one in two holding a form of the fourteenth round:
        // a post named by a noun, a name syllable spelled like a word, three speakers, quotations alone, an interview) after
        // the fourteenth round, by a helper who did not read the rules; measured once (077e851): speakers 0.954 (52/52 read,
        // 57 expected), people 1.000 (67/67), roles 0.971 (66/68), statements 0.939 (92/98) / 0.979 (92/94), events 20/20; at
        // the round's start (c27e397): 0.935, 1.000, 0.956, 0.898 / 0.978, 20/20. Tuned on its misses then ("Bé said" read as a
        // passive, "Nov Ratha, 66," not a name, "the diplomat said" given to the speaker read last).
        ["HeldOut13"] = new(1.0, 1.0, 0.985, 1.0, 0.989, 1.0),
    };

    public static TheoryData<string> Sets => [.. FloorsOfSet.Keys];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Each_set_of_wire_reports_scores_at_least_its_floors(string set)
    {
        var floors = FloorsOfSet[set];
        var score = WireScore.Of(Path.Combine(Tuning, set));
        output.WriteLine(score.ToString());
        output.WriteLine(string.Join('\n', score.Misses));

        Assert.True(score.SpeakersF1 >= floors.SpeakersF1, score.ToString());
        Assert.True(score.RealPeopleListedOnce >= floors.RealPeopleListedOnce, score.ToString());
        Assert.True(score.RolesAsWritten >= floors.RolesAsWritten, score.ToString());
        Assert.True(score.StatementRecall >= floors.StatementRecall, score.ToString());
        Assert.True(score.StatementPrecision >= floors.StatementPrecision, score.ToString());
        Assert.True(score.EventsRight >= floors.EventsRight, score.ToString());
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

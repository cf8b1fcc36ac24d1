using System.Security.Cryptography;
using System.Text.Json;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// The extractor's vocabulary: event kinds, speech verbs, titles, nationalities, place aliases and
/// cues, read from <c>Extraction/lexicon.json</c>. Lookups are by folded text, so spelling with or
/// without diacritics finds the same entry.
/// </summary>
public sealed class Lexicon
{
    public const string ResourceName = "Anniversary.Archive.Extraction.lexicon.json";

    public static Lexicon Default { get; } = Load();

    private Lexicon(LexiconFile file, string fingerprint, Gazetteer gazetteer, Honorifics honorifics)
    {
        Fingerprint = fingerprint;
        Gazetteer = gazetteer;
        Honorifics = honorifics;
        EventKinds = file.EventKinds.ToDictionary(pair => TextFolding.Fold(pair.Key), pair => pair.Value);
        EventVerbs = file.EventVerbs.ToDictionary(pair => TextFolding.Fold(pair.Key), pair => pair.Value);
        CeremonyKinds = file.CeremonyKinds.ToDictionary(pair => TextFolding.Fold(pair.Key), pair => pair.Value);
        RegimeCues = file.RegimeCues.Select(TextFolding.Fold).ToList();
        SpeechVerbs = Folded(file.SpeechVerbs);
        SpeechVerbObjects = file.SpeechVerbObjects.ToDictionary(pair => TextFolding.Fold(pair.Key), pair => (IReadOnlySet<string>)Folded(pair.Value));
        SpeechNouns = Folded(file.SpeechNouns);
        SpeechVerbsNotBefore = file.SpeechVerbsNotBefore.ToDictionary(pair => TextFolding.Fold(pair.Key), pair => (IReadOnlySet<string>)Folded(pair.Value));
        SpeechFramesBefore = file.SpeechFramesBefore.Select(FoldedWords).ToList();
        SpeechFramesSource = file.SpeechFramesSource.Select(FoldedWords).ToList();
        SpeechPhrasesAfterAs = file.SpeechPhrasesAfterAs.Select(FoldedWords).ToList();
        SpeechGerunds = Folded(file.SpeechGerunds);
        Pronouns = file.Pronouns.ToDictionary(pair => TextFolding.Fold(pair.Key), pair => pair.Value);
        ObjectPronouns = file.ObjectPronouns.ToDictionary(pair => TextFolding.Fold(pair.Key), pair => pair.Value);
        // "Lieutenant-General", "Senior Lieutenant-General": British style joins a title's words with hyphens, and a joined run is one token.
        TitleWords = Folded(file.Titles.SelectMany(WithHyphens).SelectMany(t => t.Split(' ')));
        TitlePhrases = Folded(file.Titles);
        FemaleTitles = Folded(file.FemaleTitles);
        TitleAbbreviations = file.TitleAbbreviations;
        Nationalities = file.Nationalities.ToDictionary(pair => TextFolding.Fold(pair.Key), pair => pair.Value);
        AttendanceCues = file.AttendanceCues.Select(TextFolding.Fold).ToList();
        GroupWords = Folded(file.GroupWords);
        NameStopWords = Folded(file.NameStopWords.Select(StripPossessive));
        NameSyllables = Folded(file.NameSyllables);
        PlacePrepositions = Folded(file.PlacePrepositions);
        PlaceNouns = Folded(file.PlaceNouns);
        ResidentNouns = Folded(file.ResidentNouns ?? []);
        NameParticles = Folded(file.NameParticles ?? []);
        PlacePrefixes = Folded(file.PlacePrefixes);
        PlaceSuffixes = Folded(file.PlaceSuffixes);
        NamedDays = file.NamedDays.Select(FoldedWords).GroupBy(words => words[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToList());
        RoleLowercaseWords = Folded(file.RoleLowercaseWords);
        DescriptiveRoles = Folded(file.DescriptiveRoles);
        RoleOpeners = Folded(file.RoleOpeners ?? []);
        LifeNouns = Folded(file.LifeNouns ?? []);
        HonourTitles = (file.HonourTitles ?? []).Select(FoldedWords).GroupBy(words => words[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToList());
        OrganisationWords = Folded(file.OrganisationWords ?? []);
        PersonNouns = Folded(file.PersonNouns);
        PostNouns = (file.PostNouns ?? []).ToDictionary(pair => TextFolding.Fold(pair.Key), pair => pair.Value.Select(post => TextFolding.Fold(post).Split(' ')).ToArray());
        PersonWords = LifeNouns.Concat(PersonNouns).Concat(DescriptiveRoles).ToHashSet();
        PersonWordsAndPlurals = PersonWords.Concat(PersonWords.Select(word => word + "s")).ToHashSet();
        OpinionNouns = Folded(file.OpinionNouns);
        AttendanceCuesAfter = file.AttendanceCuesAfter.Select(TextFolding.Fold).ToList();
        QuoteCuesBefore = file.QuoteCuesBefore.Select(TextFolding.Fold).ToList();
        QuoteCuesAfter = file.QuoteCuesAfter.Select(TextFolding.Fold).ToList();
        FemaleNameMarkers = Folded(file.FemaleNameMarkers);
        MaleNameMarkers = Folded(file.MaleNameMarkers);
        FemaleHonorifics = Folded(file.FemaleHonorifics);
        MaleHonorifics = Folded(file.MaleHonorifics);
        Countries = file.Nationalities.Values.Concat(file.Places.Keys).Select(TextFolding.Fold).ToHashSet();
        MomentCues = file.MomentCues.Select(pair => (TextFolding.Fold(pair.Key), pair.Value)).ToList();
        CommemoratedDays = file.CommemoratedDays.Select(pair => (TextFolding.Fold(pair.Key), pair.Value)).ToList();

        PlaceKeys = new Dictionary<string, string>();
        PlaceNames = [];
        foreach (var (canonical, aliases) in file.Places)
        {
            var key = PlaceKeyOf(canonical);
            foreach (var spelling in aliases.Prepend(canonical))
            {
                PlaceKeys[PlaceKeyOf(spelling)] = key;
                PlaceNames.Add(spelling.Split(' ', '-').Where(part => part.Length > 0).Select(TextFolding.Fold).ToArray());
            }
        }

        PlaceNames.Sort((a, b) => b.Length.CompareTo(a.Length));
        PlacesByFirstWord = PlaceNames.GroupBy(words => words[0]).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var country in file.Nationalities.Values.Distinct())
        {
            PlaceKeys.TryAdd(PlaceKeyOf(country), PlaceKeyOf(country));
        }
    }

    /// <summary>The first eight hex digits of the SHA-256 of the lexicon's file: which vocabulary read an article.</summary>
    public string Fingerprint { get; }

    /// <summary>The provinces, cities and venues: a name spelled like one is a place.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The courtesy forms, titles and ranks written before a name, never part of it.</summary>
    public Honorifics Honorifics { get; }

    /// <summary>The fingerprints of the three data files that decide what extraction reads: lexicon, gazetteer, honorifics.</summary>
    public string DataFingerprint => $"{Fingerprint}.{Gazetteer.Fingerprint}.{Honorifics.Fingerprint}";

    public IReadOnlyDictionary<string, string> EventKinds { get; }

    /// <summary>Verbs that tell an event's kind ("veterans gathered in Cần Thơ") where no word of <see cref="EventKinds"/> names it.</summary>
    public IReadOnlyDictionary<string, string> EventVerbs { get; }

    /// <summary>Word beginnings that tell what kind of ceremony a lead names: "a ceremony to inaugurate", "to rebury".</summary>
    public IReadOnlyDictionary<string, string> CeremonyKinds { get; }

    /// <summary>Words around a name that place it inside a regime or clique ("the Pol Pot regime", "the genocidal regime of"): never at the event.</summary>
    public IReadOnlyList<string> RegimeCues { get; }

    public IReadOnlySet<string> SpeechVerbs { get; }

    /// <summary>Verbs that are speech only before these words: "extended thanks", not "extended greetings to the staff".</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> SpeechVerbObjects { get; }

    /// <summary>What a person says, written as their own before a speech verb: "X’s speech highlighted …" is X's statement.</summary>
    public IReadOnlySet<string> SpeechNouns { get; }

    /// <summary>Speech verbs that are not speech before these words: "hoped that trade would grow" is, "hoped to return" is an intention.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> SpeechVerbsNotBefore { get; }

    /// <summary>Sentence openings ("Speaking at the event,") after whose comma the first person named is speaking, as folded words.</summary>
    public IReadOnlyList<string[]> SpeechFramesBefore { get; }

    /// <summary>Sentence openings ("According to") followed at once by the person whose words the sentence gives.</summary>
    public IReadOnlyList<string[]> SpeechFramesSource { get; }

    /// <summary>"As X put it, …": what follows "as" and a person to make the sentence that person's words, as folded words.</summary>
    public IReadOnlyList<string[]> SpeechPhrasesAfterAs { get; }

    /// <summary>Speech told by a participle after "by" or a comma: "opened the seminar by urging …", "…, adding that …".</summary>
    public IReadOnlySet<string> SpeechGerunds { get; }

    /// <summary>
    /// The speech verb at this token: a verb of <see cref="SpeechVerbs"/> (not before a word of <see cref="SpeechVerbsNotBefore"/>),
    /// or one of <see cref="SpeechVerbObjects"/> before its word ("wrote that"), also past a short phrase of where ("wrote on
    /// Facebook that", "wrote in the visitors’ book that").
    /// </summary>
    internal bool IsSpeechVerbAt(List<Token> tokens, int index)
    {
        var verb = tokens[index];
        var next = index + 1 < tokens.Count ? tokens[index + 1].Folded : null;
        return verb.IsLower
            && ((SpeechVerbs.Contains(verb.Folded) && !(next is not null && SpeechVerbsNotBefore.TryGetValue(verb.Folded, out var notBefore) && notBefore.Contains(next)))
                || (next is not null && SpeechVerbObjects.TryGetValue(verb.Folded, out var objects)
                    && (objects.Contains(next) || (next is "on" or "in" && objects.Contains("that") && ThatAfterPlace(tokens, index + 2))))
                || PutsItBefore(tokens, index));
    }

    /// <summary>"X put it more bluntly: “…”", "He put the matter plainly: "…"": "put" and a colon before a quotation.</summary>
    private static bool PutsItBefore(List<Token> tokens, int index)
    {
        if (tokens[index].Folded != "put")
        {
            return false;
        }

        for (var k = index + 1; k + 1 < tokens.Count && k - index <= MaxPlaceTokens; k++)
        {
            if (tokens[k].Is(":"))
            {
                return tokens[k + 1].Is("“") || tokens[k + 1].Is("\"");
            }

            if (!tokens[k].IsLower)
            {
                return false;
            }
        }

        return false;
    }

    private const int MaxPlaceTokens = 4;

    private static bool ThatAfterPlace(List<Token> tokens, int first)
    {
        for (var k = first; k < tokens.Count && k - first <= MaxPlaceTokens && tokens[k].IsWord; k++)
        {
            if (k > first && tokens[k].Folded == "that")
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyDictionary<string, string> Pronouns { get; }

    /// <summary>"According to her": the pronouns that stand for a speaker after a preposition.</summary>
    public IReadOnlyDictionary<string, string> ObjectPronouns { get; }

    public IReadOnlySet<string> TitleWords { get; }

    /// <summary>The titles whole, folded: "consul general", "director general".</summary>
    public IReadOnlySet<string> TitlePhrases { get; }

    public IReadOnlySet<string> FemaleTitles { get; }

    public IReadOnlyDictionary<string, string> TitleAbbreviations { get; }

    public IReadOnlyDictionary<string, string> Nationalities { get; }

    public IReadOnlyList<string> AttendanceCues { get; }

    public IReadOnlySet<string> GroupWords { get; }

    public IReadOnlySet<string> NameStopWords { get; }

    /// <summary>Syllables of names that fold to a stop word ("Tô", "An"): name words when written with diacritics, or after another word of the name.</summary>
    public IReadOnlySet<string> NameSyllables { get; }

    public IReadOnlySet<string> PlacePrepositions { get; }

    public IReadOnlySet<string> PlaceNouns { get; }

    /// <summary>"Anna de Souza", "Marieke van der Linden": lower-case words inside a name, between its capitalised words.</summary>
    public IReadOnlySet<string> NameParticles { get; }

    /// <summary>"the villagers of Chrey Thom", "residents of Prey Veng": after these and "of", a name is a place's.</summary>
    public IReadOnlySet<string> ResidentNouns { get; }

    /// <summary>Words that open a place's name: "Wat Samrong Knong" is a pagoda, "Chùa Một Cột" a temple.</summary>
    public IReadOnlySet<string> PlacePrefixes { get; }

    /// <summary>Words that close a place's name: "Sisowath Quay", "Norodom Boulevard".</summary>
    public IReadOnlySet<string> PlaceSuffixes { get; }

    /// <summary>Festivals and holidays ("Chôl Chnăm Thmây", "Pchum Ben") as folded words by their first word: never a person.</summary>
    public IReadOnlyDictionary<string, List<string[]>> NamedDays { get; }

    /// <summary>Lower-case words that may sit inside a title before a name: "Chairman of the provincial People’s Committee".</summary>
    public IReadOnlySet<string> RoleLowercaseWords { get; }

    /// <summary>Nouns of what a person does that make "a …" after a name a role: "a researcher at …", "a member of …".</summary>
    public IReadOnlySet<string> DescriptiveRoles { get; }

    /// <summary>"former", "retired": words that open a role ("Former army nurse X", "…, former Deputy Chief of …").</summary>
    public IReadOnlySet<string> RoleOpeners { get; }

    /// <summary>"veteran", "survivor": what a person lived through, not a post, though a title may say it ("a veteran of the battle").</summary>
    public IReadOnlySet<string> LifeNouns { get; }

    /// <summary>Honours a person bears ("Heroic Mother", "People’s Artist"), by first word: a role, never a name.</summary>
    public IReadOnlyDictionary<string, List<string[]>> HonourTitles { get; }

    /// <summary>"Network", "Association": a capitalised run that ends with one names a body, not a person.</summary>
    public IReadOnlySet<string> OrganisationWords { get; }

    /// <summary>Nouns for a person that, after "the" and a nationality, stand for someone already named: "the Cambodian leader".</summary>
    public IReadOnlySet<string> PersonNouns { get; }

    /// <summary>The posts, folded word by word, that a lower-case noun for a person stands for (<c>postNouns</c>: "the premier", "the diplomat").</summary>
    public IReadOnlyDictionary<string, string[][]> PostNouns { get; }

    /// <summary>Every noun for a person the lexicon knows (<c>lifeNouns</c>, <c>personNouns</c>, <c>descriptiveRoles</c>): "the survivor" may point back to "X, a survivor".</summary>
    public IReadOnlySet<string> PersonWords { get; }

    /// <summary><see cref="PersonWords"/> and their plurals: "veteran", "fighters".</summary>
    public IReadOnlySet<string> PersonWordsAndPlurals { get; }

    /// <summary>"In Trang’s view, …": the nouns after a person's possessive that make the sentence that person's words.</summary>
    public IReadOnlySet<string> OpinionNouns { get; }

    /// <summary>
    /// "the victory over the genocidal regime": what an anniversary may name without its day, and the day it was, a
    /// historical fact used only when the ordinal counts back to that day's year.
    /// </summary>
    public IReadOnlyList<(string Words, DateOnly Day)> CommemoratedDays { get; }

    /// <summary>Cues that make a name's bearer quoted rather than present: "the words of X", "X, who once said".</summary>
    public IReadOnlyList<string> QuoteCuesBefore { get; }

    public IReadOnlyList<string> QuoteCuesAfter { get; }

    /// <summary>Middle names that tell a Vietnamese name's gender ("Thị", "Văn"), for resolving "she" and "he".</summary>
    public IReadOnlySet<string> FemaleNameMarkers { get; }

    public IReadOnlySet<string> MaleNameMarkers { get; }

    public IReadOnlySet<string> FemaleHonorifics { get; }

    public IReadOnlySet<string> MaleHonorifics { get; }

    private HashSet<string> Countries { get; }

    /// <summary>Cues after a name that make its bearer one of those present: "… was also present".</summary>
    public IReadOnlyList<string> AttendanceCuesAfter { get; }

    public IReadOnlyList<(string Cue, string Label)> MomentCues { get; }

    /// <summary>The place spellings by their first folded word, longest first, for a quick scan of a text.</summary>
    public IReadOnlyDictionary<string, List<string[]>> PlacesByFirstWord { get; }

    /// <summary>Every known spelling of every known place, as folded words, longest first.</summary>
    public List<string[]> PlaceNames { get; }

    private Dictionary<string, string> PlaceKeys { get; }

    /// <summary>
    /// One key per place however it is written: folded, without spaces or hyphens ("Hà Nội",
    /// "Ha Noi" and "Hanoi" are all "hanoi"), then mapped through the lexicon's aliases ("HCMC").
    /// </summary>
    public string PlaceKey(string place)
    {
        var key = PlaceKeyOf(place);
        return PlaceKeys.GetValueOrDefault(key, key);
    }

    public bool IsKnownPlace(string place) => PlaceKeys.ContainsKey(PlaceKeyOf(place));

    /// <summary>A country, by its name or a nationality's country: never the place of an event when a province or city is named.</summary>
    public bool IsCountry(string place) => CountryKeys.Contains(PlaceKey(place));

    /// <summary>The place keys of the nationalities' countries, found once rather than at every question.</summary>
    private HashSet<string> CountryKeys => _countryKeys ??= Nationalities.Values.Select(PlaceKey).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _countryKeys;

    /// <summary>A role with abbreviations written out, folded: "Deputy PM" and "Deputy Prime Minister" meet.</summary>
    public string RoleKey(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => TitleAbbreviations.GetValueOrDefault(word, word));
        return TextFolding.Fold(string.Join(' ', words));
    }

    /// <summary>Whether a role names this country, by a nationality or by the country's name: "Prime Minister of Cambodia".</summary>
    public bool NamesCountry(string role, string country) =>
        role.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => TextFolding.Fold(StripPossessive(word)))
            .Any(word => word == TextFolding.Fold(country) || Nationalities.GetValueOrDefault(word) == country);

    /// <summary>The country a role states: by a nationality ("Cambodian Ambassador") or a country's possessive ("Governor of Cambodia’s Siem Reap province").</summary>
    public string? CountryOf(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Select(word => Nationalities.GetValueOrDefault(TextFolding.Fold(word))).FirstOrDefault(country => country is not null)
               ?? words.Where(word => StripPossessive(word) != word && Countries.Contains(TextFolding.Fold(StripPossessive(word))))
                   .Select(StripPossessive)
                   .FirstOrDefault();
    }

    public static string StripPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;

    private static string PlaceKeyOf(string place)
    {
        var folded = TextFolding.Fold(place);
        var kept = 0;
        Span<char> key = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                key[kept++] = c;
            }
        }

        return kept == folded.Length ? folded : new string(key[..kept]);
    }

    private static HashSet<string> Folded(IEnumerable<string> words) => words.Select(TextFolding.Fold).ToHashSet();

    private static string[] FoldedWords(string phrase) => TextFolding.Fold(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A phrase as listed, and with hyphens for any of its spaces, as British style writes ranks: "Lieutenant-General", "Senior Lieutenant-General".</summary>
    internal static IEnumerable<string> WithHyphens(string phrase)
    {
        var words = phrase.Split(' ');
        for (var joins = 0; joins < 1 << (words.Length - 1); joins++)
        {
            var spelling = new System.Text.StringBuilder(words[0]);
            for (var k = 1; k < words.Length; k++)
            {
                spelling.Append((joins & (1 << (k - 1))) != 0 ? '-' : ' ').Append(words[k]);
            }

            yield return spelling.ToString();
        }
    }

    public static string FingerprintOf(ReadOnlySpan<byte> json) => Convert.ToHexStringLower(SHA256.HashData(json))[..8];

    private static Lexicon Load()
    {
        var json = Resource(ResourceName);
        var file = JsonSerializer.Deserialize<LexiconFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("The extraction lexicon is empty.");
        return new Lexicon(file, FingerprintOf(json), new Gazetteer(Resource(Gazetteer.ResourceName)), new Honorifics(Resource(Honorifics.ResourceName)));
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded in the assembly.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private sealed record LexiconFile(
        Dictionary<string, string> EventKinds,
        Dictionary<string, string> EventVerbs,
        Dictionary<string, string> CeremonyKinds,
        string[] RegimeCues,
        string[] SpeechVerbs,
        Dictionary<string, string[]> SpeechVerbObjects,
        string[] SpeechNouns,
        Dictionary<string, string[]> SpeechVerbsNotBefore,
        string[] SpeechFramesBefore,
        string[] SpeechFramesSource,
        string[] SpeechPhrasesAfterAs,
        string[] SpeechGerunds,
        Dictionary<string, string> Pronouns,
        Dictionary<string, string> ObjectPronouns,
        string[] Titles,
        string[] FemaleTitles,
        Dictionary<string, string> TitleAbbreviations,
        Dictionary<string, string> Nationalities,
        Dictionary<string, string[]> Places,
        string[] AttendanceCues,
        string[] GroupWords,
        string[] NameStopWords,
        string[] NameSyllables,
        string[] PlacePrepositions,
        string[]? ResidentNouns,
        string[]? NameParticles,
        string[] PlaceNouns,
        string[] PlacePrefixes,
        string[] PlaceSuffixes,
        string[] NamedDays,
        string[] RoleLowercaseWords,
        string[] DescriptiveRoles,
        string[]? RoleOpeners,
        string[]? LifeNouns,
        string[]? HonourTitles,
        string[]? OrganisationWords,
        string[] PersonNouns,
        Dictionary<string, string[]>? PostNouns,
        string[] OpinionNouns,
        string[] AttendanceCuesAfter,
        string[] QuoteCuesBefore,
        string[] QuoteCuesAfter,
        string[] FemaleNameMarkers,
        string[] MaleNameMarkers,
        string[] FemaleHonorifics,
        string[] MaleHonorifics,
        Dictionary<string, string> MomentCues,
        Dictionary<string, DateOnly> CommemoratedDays);
}

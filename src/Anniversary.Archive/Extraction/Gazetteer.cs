using System.Text.Json;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// The places of Việt Nam, Cambodia and Laos (provinces, cities, old names) and the named venues, read
/// from <c>Extraction/gazetteer.json</c>. A name spelled like one of them is a place, never a person; a
/// venue stands for the city it is in.
/// </summary>
public sealed class Gazetteer
{
    public const string ResourceName = "Anniversary.Archive.Extraction.gazetteer.json";

    private static readonly HashSet<string> GenericNouns = ["city", "province", "capital", "town", "prefecture"];

    private readonly Dictionary<string, List<GazetteerPlace>> _byFirstWord = [];

    /// <summary>Newspapers, agencies and broadcasters by their first folded word, each as folded words, longest first.</summary>
    private readonly Dictionary<string, List<string[]>> _organisationsByFirstWord;

    internal Gazetteer(byte[] json)
    {
        Fingerprint = Lexicon.FingerprintOf(json);
        var file = JsonSerializer.Deserialize<GazetteerFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("The gazetteer is empty.");
        var units = file.Vietnam.Provinces.Concat(file.Vietnam.Provinces2025).Concat(file.Cambodia.Provinces).Concat(file.Laos.Provinces);
        foreach (var unit in units)
        {
            Add(unit.Name, unit.Key, null, unit.Spellings);
        }

        var provinceKeys = units.GroupBy(u => u.Name).ToDictionary(g => g.Key, g => g.First().Key);
        foreach (var city in file.Cities)
        {
            Add(city.Name, city.Key, null, city.Spellings, province: provinceKeys.GetValueOrDefault(city.Province ?? ""));
        }

        foreach (var venue in file.Venues)
        {
            Add(venue.Name, venue.Key, venue.City, venue.Spellings);
        }

        foreach (var district in file.Districts)
        {
            Add(district.Name, district.Province, null, [], isDistrict: true);
        }

        // A former name last: "Rạch Giá" is the city before it is the old province.
        foreach (var unit in units)
        {
            Add(unit.Name, unit.Key, null, unit.OldNames ?? [], isOldName: true);
        }

        _organisationsByFirstWord = file.Organisations
            .SelectMany(o => o.Spellings.Prepend(o.Name))
            .Select(spelling => Tokenizer.Tokenize(spelling).Where(t => t.IsWord).Select(t => t.Folded).ToArray())
            .Where(words => words.Length > 0)
            .GroupBy(words => words[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(words => words.Length).ToList());

        // Longest spelling first; of equal ones, the first listed (a province before the city of its name).
        foreach (var key in _byFirstWord.Keys.ToList())
        {
            _byFirstWord[key] = _byFirstWord[key].OrderByDescending(p => p.Words.Length).ToList();
        }
    }

    /// <summary>The first eight hex digits of the SHA-256 of the gazetteer's file.</summary>
    public string Fingerprint { get; }

    /// <summary>The longest place or venue spelled by the tokens from <paramref name="index"/>, if any.</summary>
    /// <param name="oldNames">Whether a former name counts: for an event's place, not for telling a name from a place.</param>
    /// <param name="districts">Whether a district counts: for telling a name from a place, never for an event's place.</param>
    internal GazetteerPlace? PlaceAt(List<Token> tokens, int index, bool oldNames = true, bool districts = false)
    {
        if (!tokens[index].IsWord || !_byFirstWord.TryGetValue(tokens[index].Folded, out var candidates))
        {
            return null;
        }

        // A loop rather than a lambda: a lambda's captured arguments cost every call an allocation, found or not.
        foreach (var place in candidates)
        {
            if ((oldNames || !place.IsOldName) && (districts || !place.IsDistrict) && index + place.Words.Length <= tokens.Count
                && SpellsAll(tokens, index, place.Words))
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>The name of the province or city of this key, as the gazetteer writes it.</summary>
    internal string? NameOf(string key) =>
        _byFirstWord.Values.SelectMany(places => places).FirstOrDefault(place => place.Key == key && !place.IsDistrict && !place.IsVenue && !place.IsOldName)?.Name;

    /// <summary>The district or commune spelled from <paramref name="index"/>, with the province it is in.</summary>
    internal GazetteerPlace? DistrictAt(List<Token> tokens, int index) =>
        PlaceAt(tokens, index, oldNames: false, districts: true) is { IsDistrict: true } district ? district : null;

    /// <summary>The number of tokens of the newspaper, agency or broadcaster named from <paramref name="index"/> ("Nhân Dân", "Khmer Times"), or 0.</summary>
    internal int OrganisationAt(List<Token> tokens, int index)
    {
        if (!tokens[index].IsWord || !_organisationsByFirstWord.TryGetValue(tokens[index].Folded, out var candidates))
        {
            return 0;
        }

        foreach (var words in candidates)
        {
            if (index + words.Length <= tokens.Count && SpellsAll(tokens, index, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    private static bool SpellsAll(List<Token> tokens, int index, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!Spells(tokens[index + k], words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Spells(Token token, string word) =>
        word == "'" ? IsApostrophe(token) : (token.IsWord || token.Kind == TokenKind.Number) && token.Folded == word;

    private static bool IsApostrophe(Token token) => token.Is("'") || token.Is("’");

    private void Add(string name, string key, string? city, IEnumerable<string> spellings, bool isOldName = false, bool isDistrict = false, string? province = null)
    {
        foreach (var spelling in isOldName ? spellings : spellings.Prepend(name))
        {
            // "in Battambang city": a town named like its province is told from it by the noun written after it.
            if (province is not null && Tokenizer.Tokenize(spelling).Where(t => t.IsWord).ToList() is [.., var noun] full && full.Count > 1
                && noun.IsLower && GenericNouns.Contains(noun.Folded))
            {
                AddSpelling(new GazetteerPlace(name, key, city, full.Select(t => t.Folded).ToArray(), isOldName, isDistrict, province));
            }

            // "Hà Tây (merged 2008)": the note in brackets is not part of the name.
            var bare = spelling.Split('(')[0];
            // "Siem Reap city", "Phnom Penh capital": the place is the name; the lower-case noun after it is prose.
            // "Hill 82 martyrs’ cemetery": numbers and apostrophes are part of a venue's name as written.
            var written = Tokenizer.Tokenize(bare).Where(t => t.IsWord || t.Kind == TokenKind.Number || IsApostrophe(t)).ToList();
            while (written.Count > 1 && written[^1].IsLower && GenericNouns.Contains(written[^1].Folded))
            {
                written.RemoveAt(written.Count - 1);
            }

            var words = written.Select(t => IsApostrophe(t) ? "'" : t.Folded).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            AddSpelling(new GazetteerPlace(name, key, city, words, isOldName, isDistrict, province));
        }
    }

    private void AddSpelling(GazetteerPlace place)
    {
        if (!_byFirstWord.TryGetValue(place.Words[0], out var list))
        {
            _byFirstWord[place.Words[0]] = list = [];
        }

        list.Add(place);
    }

    private sealed record GazetteerFile(Country Vietnam, Country Cambodia, Country Laos, City[] Cities, Venue[] Venues, District[]? Districts, Organisation[]? Organisations)
    {
        public District[] Districts { get; init; } = Districts ?? [];

        public Organisation[] Organisations { get; init; } = Organisations ?? [];
    }

    private sealed record City(string Name, string Key, string? Province, string[]? Spellings)
    {
        public string[] Spellings { get; init; } = Spellings ?? [];
    }

    private sealed record Organisation(string Name, string[]? Spellings)
    {
        public string[] Spellings { get; init; } = Spellings ?? [];
    }

    private sealed record District(string Name, string Province);

    private sealed record Country(Unit[] Provinces, Unit[]? Provinces2025)
    {
        public Unit[] Provinces2025 { get; init; } = Provinces2025 ?? [];
    }

    private sealed record Unit(string Name, string Key, string[]? Spellings, string[]? OldNames)
    {
        public string[] Spellings { get; init; } = Spellings ?? [];
    }

    private sealed record Venue(string Name, string Key, string? City, string[]? Spellings)
    {
        public string[] Spellings { get; init; } = Spellings ?? [];
    }
}

/// <summary>A place as the gazetteer lists it: its name, key, spelling as folded words, and for a venue its city.</summary>
/// <see cref="IsOldName"/>: a province's former name ("Minh Hải", "Sông Bé"), often also a person's given names.
/// <see cref="IsDistrict"/>: a district or commune, named in passing, never a person and never an event's place.
/// <see cref="Province"/>: for a town or city below the province, the key of its province.
internal sealed record GazetteerPlace(string Name, string Key, string? City, string[] Words, bool IsOldName, bool IsDistrict = false, string? Province = null)
{
    public bool IsVenue => City is not null;
}

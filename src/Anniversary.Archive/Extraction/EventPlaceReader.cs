namespace Anniversary.Archive.Extraction;

/// <summary>
/// The city or province an event took place in, from the sentence of its lead that names the event: the
/// first province or city of the gazetteer written after the event's word ("a get-together in Cao Lãnh city"),
/// failing that before it ("The southern border province of Tây Ninh held a ceremony"). A country is not the
/// place when a province or a city is named, a district never is, and a venue stands for the city written after
/// it, or failing that the city the gazetteer puts it in. A town of the gazetteer written after its province ("the
/// province of Long An … in Tân An city", "the Takeo provincial hall in Doun Kaev town") is where, not the province. A place the anniversary is of ("the 36th anniversary of
/// … the liberation of Phnom Penh") is what is commemorated, not where: it is the place only when no other is written.
/// </summary>
internal sealed class EventPlaceReader(Lexicon lexicon)
{
    private static readonly HashSet<string> Subdivisions = ["district", "commune", "ward", "village"];

    /// <summary>The place as written and its key, read from <paramref name="sentence"/>; the event's word starts at <paramref name="kindAt"/>.</summary>
    public (string Place, string Key)? Read(string sentence, int kindAt)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var places = Places(sentence, tokens);
        var after = places.Where(p => p.Start >= kindAt && !p.Commemorated && !p.Guest).ToList();
        var first = after.FirstOrDefault(p => !p.IsVenue);
        var town = first is null ? null : after.FirstOrDefault(p => p.Start > first.Start && p.Province == first.Key);
        // Before the event's word too, a town written after its province is where ("Tây Ninh (VNA) – … in Tây Ninh city to celebrate").
        // "met guests from Takeo province in Long Xuyen city for a get-together": where the guests came from gives way to a place after "in".
        var firstBefore = places.FirstOrDefault(p => !p.IsVenue && p.Start < kindAt && !p.Guest && p.AfterIn)
                          ?? places.FirstOrDefault(p => !p.IsVenue && p.Start < kindAt);
        var townBefore = firstBefore is null ? null : places.FirstOrDefault(p => p.Start > firstBefore.Start && p.Start < kindAt && p.Province == firstBefore.Key);
        var chosen = town ?? first ?? townBefore ?? firstBefore ?? places.FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }

        return chosen.IsVenue && chosen.City is { } city
            ? (city, lexicon.PlaceKey(city))
            : (chosen.Text, chosen.Key);
    }

    private List<Found> Places(string sentence, List<Token> tokens)
    {
        var found = new List<Found>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // "at the Vĩnh Hưng district martyrs’ cemetery": a district stands for its province.
            if ((lexicon.Gazetteer.PlaceAt(tokens, i) ?? lexicon.Gazetteer.DistrictAt(tokens, i)) is not { } place)
            {
                continue;
            }

            var end = i + place.Words.Length - 1;
            var next = end + 1 < tokens.Count ? tokens[end + 1] : null;
            // A district spelled like given names and glued to a capitalised word is part of a person's name.
            var inName = place.IsDistrict && ((i > 0 && tokens[i - 1].IsCapitalized) || next is { IsCapitalized: true });
            if (!inName && (place.IsDistrict || next is null || !(next.IsLower && Subdivisions.Contains(next.Folded))))
            {
                var text = place.IsDistrict ? lexicon.Gazetteer.NameOf(place.Key) ?? place.Key : sentence[tokens[i].Start..tokens[end].End];
                var commemorated = i > 0 && tokens[i - 1].Folded == "of" && tokens.Take(i).Any(t => t.Folded == "anniversary");
                var afterIn = i > 0 && tokens[i - 1].IsLower && tokens[i - 1].Folded is "in" or "at";
                found.Add(new Found(tokens[i].Start, text, place.Key, place.IsVenue, place.City, commemorated, IsGuestHome(tokens, i), place.Province, afterIn));
            }
            else if (!inName && place.Province is { } provinceKey && !place.IsVenue && lexicon.Gazetteer.NameOf(provinceKey) is { } provinceName)
            {
                // "in Snuol district": a town's name with "district" after it is the district, which stands for its province.
                found.Add(new Found(tokens[i].Start, provinceName, provinceKey, false, null, false, IsGuestHome(tokens, i), null, false));
            }

            i = end;
        }

        return found;
    }

    /// <summary>
    /// "delegations from Cambodia’s Kampot and Kep provinces", "a delegation of Kampot province": "from" (or "delegation
    /// of", "officers of" and the other people of <c>groupWords</c>), then capitalised words (a possessive country, the places listed with "and" or commas) up to the place: where
    /// the guests came from.
    /// </summary>
    private bool IsGuestHome(List<Token> tokens, int i)
    {
        for (var k = i - 1; k >= 0 && i - k <= 8; k--)
        {
            // "with border police officers of Cambodia’s Svay Rieng province": people of a place, as "a delegation of".
            // "extended greetings to the leaders of Tây Ninh province": those visited, not the guests.
            if (tokens[k].Folded == "from"
                || (tokens[k].Folded == "of" && k > 0 && tokens[k - 1].IsLower
                    && (tokens[k - 1].Folded.StartsWith("delegation", StringComparison.Ordinal) || lexicon.GroupWords.Contains(tokens[k - 1].Folded))
                    && !(k >= 3 && tokens[k - 2].Folded == "the" && tokens[k - 3].Folded == "to")))
            {
                return true;
            }

            if (!(tokens[k].IsCapitalized || tokens[k].Is(",") || tokens[k].Folded == "and"))
            {
                return false;
            }
        }

        return false;
    }

    /// <param name="Guest">The place guests came from, not where the event was.</param>
    /// <param name="Province">For a town below the province, its province's key.</param>
    /// <param name="AfterIn">Written after "in" or "at": where something is.</param>
    private sealed record Found(int Start, string Text, string Key, bool IsVenue, string? City, bool Commemorated, bool Guest, string? Province, bool AfterIn);
}

using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// Finds the people an article names: runs of two to five capitalised words that are not titles,
/// places, months or organisations, and later the lone words that stand for a name already read.
/// </summary>
internal sealed class NameReader(Lexicon lexicon)
{
    private static readonly HashSet<string> SpeechOpenerWords = ["that", "the", "a", "an", "this", "it", "he", "she", "they", "we"];
    private const int MaxNameWords = 5;

    /// <summary>Adds every full name of every block to the article's people and to the block's mentions.</summary>
    public void FindPeople(ExtractionContext context)
    {
        var people = context.People;
        foreach (var block in context.Blocks)
        {
            foreach (var (start, end, name) in NameRuns(block))
            {
                var key = TextFolding.Fold(name);
                // "Ruiz Cabrera" after "Ernesto Ruiz Cabrera": the last words of a name already read are that
                // person; so is a spelling one letter away ("Mao Sophal" after "Mao Sophan").
                var lastWords = " " + key;
                var person = people.GetValueOrDefault(key)
                             ?? people.Values.FirstOrDefault(p => p.Key.EndsWith(lastWords, StringComparison.Ordinal))
                             ?? people.Values.FirstOrDefault(p => NameVariants.OneLetterApart(p.Key, key));
                if (person is null)
                {
                    people[key] = person = new PersonState(name, key, people.Count) { Gender = NameGender(key), FirstBlock = block.Position };
                }

                block.Mentions.Add(new Mention(person, start, end));
            }
        }
    }

    /// <summary>The people a lone word can stand for: the last word of their name, or failing that a unique first word.</summary>
    public static Dictionary<string, List<PersonState>> ShortNames(IEnumerable<PersonState> people)
    {
        var byLastWord = people
            .GroupBy(p => TextFolding.Fold(p.Name.Split(' ')[^1]))
            .ToDictionary(g => g.Key, g => g.ToList());

        // Lao and Western names put the given name first: fall back to a unique first word.
        foreach (var group in people.GroupBy(p => TextFolding.Fold(p.Name.Split(' ')[0])).Where(g => g.Count() == 1))
        {
            byLastWord.TryAdd(group.Key, group.ToList());
        }

        return byLastWord;
    }

    /// <summary>
    /// A lone word that is the last word of a name already read ("Deputy PM Hùng", "Ambassador Thai"): Vietnamese names
    /// end with the given name. Of several people it may stand for, it is the one read last.
    /// </summary>
    public void AddShortReferences(Block block, Dictionary<string, List<PersonState>> shortNames)
    {
        var places = PlaceMask(block);
        for (var i = 0; i < block.Tokens.Count; i++)
        {
            var token = block.Tokens[i];
            if (!shortNames.TryGetValue(token.Folded, out var candidates) || block.InMention(i)
                || !IsNameWord(token, places[i], readAsName: OpensSpeech(block.Tokens, i) || ClosesQuote(block.Tokens, i) || AfterTitle(block, i)))
            {
                continue;
            }

            block.Mentions.Add(new Mention(candidates.MaxBy(c => c.LastSeen)!, i, i));
        }

        AddHonorificReferences(block, shortNames);
    }

    /// <summary>
    /// "Samdech Thipadei said": an honorific with no name after it stands for the person read last whose
    /// honorific shares its distinctive last word.
    /// </summary>
    private void AddHonorificReferences(Block block, Dictionary<string, List<PersonState>> shortNames)
    {
        var tokens = block.Tokens;
        List<PersonState>? people = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (block.InMention(i) || lexicon.Honorifics.FormAt(tokens, i) is not { Length: >= 2 } form
                || (i + form.Length < tokens.Count && tokens[i + form.Length].IsCapitalized))
            {
                continue;
            }

            var last = TextFolding.Fold(form[^1]);
            people ??= shortNames.Values.SelectMany(p => p).Distinct().ToList();
            if (people.Where(p => p.HonorificWords.Contains(last)).MaxBy(p => p.LastSeen) is { } person)
            {
                block.Mentions.Add(new Mention(person, i, i + form.Length - 1));
            }

            i += form.Length - 1;
        }
    }

    /// <summary>Runs of two to five capitalised words that are not titles, places, months or organisations.</summary>
    private IEnumerable<(int Start, int End, string Name)> NameRuns(Block block)
    {
        var tokens = block.Tokens;
        var places = PlaceMask(block);
        if (IsByline(tokens))
        {
            yield break;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameWord(tokens[i], places[i], readAsName: OpensNameAfterTitle(block, i) || OpensNameBeforeAge(block, i, places))
                && !OpensWithFamilyNameInCapitals(block, i, places))
            {
                continue;
            }

            var j = i;
            while (j + 1 < tokens.Count && !tokens[j].IsPossessive)
            {
                if (j + 3 < tokens.Count && IsInitial(block, j + 1) && IsNameWord(tokens[j + 3], places[j + 3], readAsName: true))
                {
                    // "Peter J. Hallworth": a middle initial.
                    j += 3;
                }
                else if (IsNameWord(tokens[j + 1], places[j + 1], readAsName: true) && Tokenizer.Adjacent(block.Text, tokens[j], tokens[j + 1]))
                {
                    j++;
                }
                else if (AfterParticles(block, j, places) is > 0 and var next)
                {
                    j = next;
                }
                else
                {
                    break;
                }
            }

            var length = j - i + 1;
            var isPlace = (i > 0 && tokens[i - 1].IsLower && lexicon.PlacePrepositions.Contains(tokens[i - 1].Folded) && !AgeFollows(tokens, j) && !SentBy(tokens, i))
                          || lexicon.PlacePrefixes.Contains(tokens[i].Folded) || lexicon.PlaceSuffixes.Contains(tokens[j].Folded)
                          || (i > 0 && tokens[i - 1].IsLower && lexicon.PlacePrefixes.Contains(tokens[i - 1].Folded))
                          || (j + 1 < tokens.Count && tokens[j + 1].IsLower && lexicon.PlaceNouns.Contains(tokens[j + 1].Folded))
                          || AfterPrepositionAndThe(tokens, i, j)
                          || JoinedToPlace(tokens, block.KnownPlaceMask!, i, j)
                          || ListedBeforePlaceNoun(tokens, j)
                          || (i > 1 && tokens[i - 1].Folded == "of" && tokens[i - 2].IsLower && lexicon.ResidentNouns.Contains(tokens[i - 2].Folded))
                          || Nickname(tokens, i);
            var isOrganisation = (i > 1 && tokens[i - 1].IsLower && RoleReader.Connectors.Contains(tokens[i - 1].Folded)
                                  && tokens[i - 2].IsCapitalized && lexicon.NameStopWords.Contains(tokens[i - 2].Folded)
                                  && !lexicon.SpeechFramesSource.Any(frame => frame.SequenceEqual([tokens[i - 2].Folded, tokens[i - 1].Folded])))
                                 || (j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && Tokenizer.Adjacent(block.Text, tokens[j], tokens[j + 1]))
                                 || AfterTitleAndOf(tokens, i)
                                 || SignsFor(tokens, j)
                                 || lexicon.OrganisationWords.Contains(tokens[j].Folded);
            if (length is >= 2 and <= MaxNameWords && !isPlace && !isOrganisation)
            {
                var name = block.Text[tokens[i].Start..tokens[j].End];
                yield return (i, j, Lexicon.StripPossessive(name));
            }

            i = j;
        }
    }

    private static readonly HashSet<string> NicknameVerbs = ["call", "calls", "called", "as", "nicknamed", "dubbed"];

    /// <summary>"whom the villagers still call “Bảy Thuốc”", "known as “Tám Kratie”": a name in quotes after such a verb is what someone is called, not a person.</summary>
    private static bool Nickname(List<Token> tokens, int start) =>
        start > 1 && (tokens[start - 1].Is("“") || tokens[start - 1].Is("\"")) && tokens[start - 2].IsLower && NicknameVerbs.Contains(tokens[start - 2].Folded);

    /// <summary>One capital with its point, a space on either side: "J." in "Peter J. Hallworth".</summary>
    private static bool IsInitial(Block block, int index) =>
        block.Tokens[index] is { IsCapitalized: true, Text.Length: 1 } initial && block.Tokens[index + 1].Is(".")
        && block.Tokens[index + 1].Start == initial.End && Tokenizer.Adjacent(block.Text, block.Tokens[index - 1], initial)
        && Tokenizer.Adjacent(block.Text, block.Tokens[index + 1], block.Tokens[index + 2]);

    /// <summary>
    /// "General The Anh", "Ambassador Thai Van Minh", "Minister Lao Meng Khin": right after a title (or an honorific), a name
    /// syllable spelled like an English word or a nationality (<c>nameSyllables</c>) opens the name; English puts a
    /// nationality before the title, not after it.
    /// </summary>
    private bool OpensNameAfterTitle(Block block, int i) =>
        block.Tokens[i].IsCapitalized
        && (lexicon.NameStopWords.Contains(block.Tokens[i].Folded) || IsNationalitySyllable(block.Tokens[i]))
        && (AfterTitle(block, i) || AfterHonorific(block.Tokens, i));

    /// <summary>"…; Nov Ratha, 66, a farmer …": a name syllable spelled like an English word opens a name whose words an age follows.</summary>
    private bool OpensNameBeforeAge(Block block, int i, bool[] places)
    {
        var tokens = block.Tokens;
        if (!tokens[i].IsCapitalized || !lexicon.NameSyllables.Contains(tokens[i].Folded))
        {
            return false;
        }

        var j = i;
        while (j + 1 < tokens.Count && j - i < MaxNameWords && Tokenizer.Adjacent(block.Text, tokens[j], tokens[j + 1]) && IsNameWord(tokens[j + 1], places[j + 1], readAsName: true))
        {
            j++;
        }

        return j > i && AgeFollows(tokens, j);
    }

    private bool IsNationalitySyllable(Token token) => lexicon.Nationalities.ContainsKey(token.Folded) && lexicon.NameSyllables.Contains(token.Folded);

    /// <param name="readAsName">
    /// The words around show that a name syllable is a name: it continues a run of name words, opens speech, or opens a name
    /// right after a title.
    /// </param>
    private bool IsNameWord(Token token, bool isPlace, bool readAsName = false) =>
        token.IsCapitalized
        && !isPlace
        && !token.Text.Contains('-')
        && !(token.Text.Length > 1 && token.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        && !IsStopWord(token, readAsName)
        && !lexicon.TitleWords.Contains(token.Folded)
        && !(lexicon.Nationalities.ContainsKey(token.Folded) && System.Text.Ascii.IsValid(token.Text) && !(readAsName && IsNationalitySyllable(token)))
        && !lexicon.GroupWords.Contains(token.Folded)
        && !lexicon.EventKinds.ContainsKey(token.Folded);

    /// <summary>
    /// "Mr. CHEA Vannak", "H.E. SAR Sokha", "NGUYỄN Văn An": a family name written in capitals, as Cambodian and some
    /// Vietnamese copy writes it, opens a name when an honorific or a title stands before it, when it bears Vietnamese
    /// marks, or when a speech verb follows the name; a name word written as usual must follow it. An acronym ("VNA",
    /// "ASEAN Secretariat") does none of these.
    /// </summary>
    private bool OpensWithFamilyNameInCapitals(Block block, int i, bool[] places)
    {
        var tokens = block.Tokens;
        var token = tokens[i];
        if (!token.IsCapitalized || places[i] || token.Text.Length is < 2 or > MaxFamilyNameInCapitals
            || !AllUpper(token.Text) || token.Folded.IndexOfAny(Vowels) < 0
            || i + 1 >= tokens.Count || !Tokenizer.Adjacent(block.Text, token, tokens[i + 1])
            || AllUpper(tokens[i + 1].Text) || !IsNameWord(tokens[i + 1], places[i + 1], readAsName: true))
        {
            return false;
        }

        return (i > 0 && lexicon.Honorifics.EndingAt(tokens, i - 1) is not null) || AfterTitle(block, i) || !System.Text.Ascii.IsValid(token.Text)
               || SpeaksAfterName(block, i + 1, places);
    }

    /// <summary>"CHEA Vannak said": the name words from <paramref name="next"/> on, then a speech verb.</summary>
    private bool SpeaksAfterName(Block block, int next, bool[] places)
    {
        var tokens = block.Tokens;
        var k = next;
        while (k < tokens.Count && k - next < MaxNameWords && IsNameWord(tokens[k], places[k], readAsName: true))
        {
            k++;
        }

        return k < tokens.Count && lexicon.IsSpeechVerbAt(tokens, k);
    }

    private const int MaxFamilyNameInCapitals = 8;

    private static bool AllUpper(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
    private static readonly char[] Vowels = ['a', 'e', 'i', 'o', 'u', 'y'];

    /// <summary>"A message from X", "a letter from X": who sent what was said, not where it came from.</summary>
    private bool SentBy(List<Token> tokens, int start) =>
        start > 1 && tokens[start - 1].Folded == "from" && tokens[start - 2].IsLower && lexicon.SpeechNouns.Contains(tokens[start - 2].Folded);

    /// <summary>"Minister of Land Management", "Director of Tay Ninh Museum": what a title is of is a portfolio or a body, not a person.</summary>
    private bool AfterTitleAndOf(List<Token> tokens, int start) =>
        start > 1 && tokens[start - 1].Folded == "of" && tokens[start - 1].IsLower && lexicon.TitleWords.Contains(tokens[start - 2].Folded);

    /// <summary>
    /// "Anna de Souza", "Marieke van der Linden": the name word after lower-case particles (<c>nameParticles</c>) that follow
    /// the name word at <paramref name="last"/>, all one space apart; else 0.
    /// </summary>
    private int AfterParticles(Block block, int last, bool[] places)
    {
        var tokens = block.Tokens;
        var k = last + 1;
        while (k < tokens.Count && k - last <= MaxParticles && tokens[k].IsLower && lexicon.NameParticles.Contains(tokens[k].Folded)
               && Tokenizer.Adjacent(block.Text, tokens[k - 1], tokens[k]))
        {
            k++;
        }

        return k > last + 1 && k < tokens.Count && Tokenizer.Adjacent(block.Text, tokens[k - 1], tokens[k]) && IsNameWord(tokens[k], places[k], readAsName: true) ? k : 0;
    }

    private const int MaxParticles = 2;

    /// <summary>"Lok Chumteav Nov Sreypov": an honorific just before a name syllable shows it opens a name.</summary>
    private bool AfterHonorific(List<Token> tokens, int index) =>
        index > 0 && tokens[index - 1].IsCapitalized && lexicon.Honorifics.EndingAt(tokens, index - 1) is not null;

    /// <summary>"General To Lam", "Minister An Sokha": a capitalised title just before a name syllable shows it opens a name.</summary>
    private bool AfterTitle(Block block, int index) =>
        index > 0 && block.Tokens[index - 1].IsCapitalized && lexicon.TitleWords.Contains(block.Tokens[index - 1].Folded)
        && Tokenizer.Adjacent(block.Text, block.Tokens[index - 1], block.Tokens[index]);

    /// <summary>
    /// "Tô Lâm", "Pham Van An", "Nguyen The Anh": a name syllable is a stop word only where English
    /// would put it, with no name around it and written without diacritics ("The", "An").
    /// </summary>
    private bool IsStopWord(Token token, bool readAsName) =>
        lexicon.NameStopWords.Contains(token.Folded)
        && !(lexicon.NameSyllables.Contains(token.Folded) && (readAsName || !System.Text.Ascii.IsValid(token.Text)));

    /// <summary>
    /// "An said the house would open": a name syllable before a speech verb that opens what was said
    /// is a name; "An added bonus" and "the said agreement" are English.
    /// </summary>
    private bool OpensSpeech(List<Token> tokens, int index) =>
        index + 2 < tokens.Count && tokens[index + 1].IsLower && lexicon.SpeechVerbs.Contains(tokens[index + 1].Folded)
        && (tokens[index + 2].IsWord ? SpeechOpenerWords.Contains(tokens[index + 2].Folded) : tokens[index + 2].Text is "," or ":" or "“" or "\"");

    /// <summary>"“…,” An said.": a name syllable between a closing quotation mark and a speech verb is a name.</summary>
    private bool ClosesQuote(List<Token> tokens, int index) =>
        index > 0 && index + 1 < tokens.Count && (tokens[index - 1].Is("”") || tokens[index - 1].Is("\""))
        && tokens[index + 1].IsLower && lexicon.SpeechVerbs.Contains(tokens[index + 1].Folded);

    /// <summary>"a cooperative near the Tonle Sap.": a phrase of its own after a place preposition and "the" is a place, not a person.</summary>
    private bool AfterPrepositionAndThe(List<Token> tokens, int start, int end) =>
        start > 1 && tokens[start - 1].IsLower && tokens[start - 1].Folded == "the"
        && tokens[start - 2].IsLower && lexicon.PlacePrepositions.Contains(tokens[start - 2].Folded)
        && (end + 1 >= tokens.Count || !tokens[end + 1].IsWord);

    /// <summary>
    /// The tokens that are no part of a name: a known place (the lexicon's, longest spelling first, or the
    /// gazetteer's provinces, cities, venues and districts), a festival, a newspaper, or an honorific written before a name ("Lok Chumteav").
    /// </summary>
    private bool[] PlaceMask(Block block)
    {
        if (block.PlaceMask is null)
        {
            (block.PlaceMask, block.KnownPlaceMask) = PlaceMask(block.Tokens);
        }

        return block.PlaceMask;
    }

    /// <summary>Masks the longest phrase of <paramref name="phrases"/> (by first word) that starts at token <paramref name="i"/>.</summary>
    private static void MaskPhrase(bool[] mask, List<Token> tokens, int i, IReadOnlyDictionary<string, List<string[]>> phrases)
    {
        if (!phrases.TryGetValue(tokens[i].Folded, out var named))
        {
            return;
        }

        foreach (var words in named)
        {
            if (i + words.Length <= tokens.Count && Tokenizer.Spells(tokens, i, words))
            {
                Array.Fill(mask, true, i, words.Length);
                return;
            }
        }
    }

    /// <summary>The tokens that are no part of a name, and of them those that are a known place (for the lists of places a name is never in).</summary>
    private (bool[] NoName, bool[] KnownPlace) PlaceMask(List<Token> tokens)
    {
        var mask = lexicon.Honorifics.Mask(tokens);
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            // "Nguyen Thao Vy": a name syllable that is also an honorific (the Lao "Thao") is a name between two name words.
            if (mask[i] && !mask[i - 1] && lexicon.NameSyllables.Contains(tokens[i].Folded) && tokens[i - 1].IsCapitalized && tokens[i + 1].IsCapitalized
                && !lexicon.TitleWords.Contains(tokens[i - 1].Folded) && lexicon.Honorifics.EndingAt(tokens, i - 1) is null)
            {
                mask[i] = false;
            }
        }

        var places = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (lexicon.Gazetteer.PlaceAt(tokens, i, oldNames: false, districts: true) is { } known && !(known.IsDistrict && InName(tokens, i, known.Words.Length))
                && !ToneMarksDifferInName(tokens, i, known))
            {
                Array.Fill(mask, true, i, known.Words.Length);
                Array.Fill(places, true, i, known.Words.Length);
            }

            if (lexicon.Gazetteer.OrganisationAt(tokens, i) is > 0 and var organisation)
            {
                Array.Fill(mask, true, i, organisation);
            }

            MaskPhrase(mask, tokens, i, lexicon.NamedDays);
            MaskPhrase(mask, tokens, i, lexicon.HonourTitles);

            if (!lexicon.PlacesByFirstWord.TryGetValue(tokens[i].Folded, out var candidates))
            {
                continue;
            }

            foreach (var place in candidates)
            {
                if (i + place.Length <= tokens.Count && Tokenizer.Spells(tokens, i, place))
                {
                    Array.Fill(mask, true, i, place.Length);
                    break;
                }
            }
        }

        return (mask, places);
    }

    /// <summary>
    /// "Nguyễn Long Thành", "Lê Thanh Tùng" (folded like the border gate "Lệ Thanh"): a district's words glued to a
    /// capitalised word before or after them are part of a person's name, since many districts are spelled like
    /// given names; after a possessive ("Tây Ninh’s Tân Biên") they are the place.
    /// </summary>
    private static bool InName(List<Token> tokens, int start, int length)
    {
        var end = start + length - 1;
        return (start > 0 && tokens[start - 1].IsCapitalized && tokens[start].Start - tokens[start - 1].End <= 1 && !tokens[start - 1].IsPossessive)
               || (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end + 1].Start - tokens[end].End <= 1 && !tokens[end].IsPossessive);
    }

    /// <summary>
    /// "Trần Quang Bình" is not the province "Quảng Bình": words written with tone marks other than the place's, glued to
    /// a capitalised word before them, are a person's given names.
    /// </summary>
    private static bool ToneMarksDifferInName(List<Token> tokens, int start, GazetteerPlace place)
    {
        var length = place.Words.Length;
        if (start == 0 || !tokens[start - 1].IsCapitalized || tokens[start].Start - tokens[start - 1].End > 1 || tokens[start - 1].IsPossessive)
        {
            return false;
        }

        var written = string.Join(' ', tokens.Skip(start).Take(length).Select(t => t.Text));
        // "Lâm Thị Sương" is not the Cambodian town "Suong" either: a place spelled without marks is not one written with them.
        return !System.Text.Ascii.IsValid(written)
               && TextFolding.Fold(written) == TextFolding.Fold(place.Name)
               && !string.Equals(written.Normalize(), place.Name.Normalize(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "Anlong Veng and Pailin", "Hà Tiên and Kampong Trach", "Tịnh Biên – Phnom Den": capitalised words joined by
    /// "and", "or" or a dash to a known place are a place too, not a person.
    /// </summary>
    private bool JoinedToPlace(List<Token> tokens, bool[] knownPlaces, int start, int end) =>
        (start > 1 && IsPlaceJoint(tokens[start - 1]) && knownPlaces[start - 2])
        || (end + 2 < tokens.Count && IsPlaceJoint(tokens[end + 1]) && knownPlaces[end + 2] && StandsAlone(tokens, knownPlaces, end + 2));

    /// <summary>
    /// "Kim Loan and Svay Rieng Deputy Governor Sao Sokha", "X and Snuol district governor Y": a place that opens a title is not a
    /// place of a list.
    /// </summary>
    private bool StandsAlone(List<Token> tokens, bool[] knownPlaces, int start)
    {
        var after = start;
        while (after < tokens.Count && knownPlaces[after])
        {
            after++;
        }

        return !tokens[after - 1].IsPossessive && (after == tokens.Count || !(tokens[after].IsCapitalized || OpensLowerCaseTitle(tokens, after)));
    }

    /// <summary>"district governor", "provincial deputy governor": lower-case words of a post that end in a title.</summary>
    private bool OpensLowerCaseTitle(List<Token> tokens, int start)
    {
        for (var k = start; k < tokens.Count && k - start <= 2 && tokens[k].IsLower; k++)
        {
            if (lexicon.TitleWords.Contains(tokens[k].Folded))
            {
                return true;
            }

            if (!lexicon.RoleLowercaseWords.Contains(tokens[k].Folded))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Kampong Trach, Bantey Meas and Touk Meas communes", "Varin and Srei Snam districts": capitalised words in a list
    /// that a plural place noun closes are places.
    /// </summary>
    private bool ListedBeforePlaceNoun(List<Token> tokens, int end)
    {
        var joined = false;
        var k = end + 1;
        for (; k < tokens.Count && (tokens[k].IsCapitalized || tokens[k].Text is "," or "and" or "or" or "–" or "-"); k++)
        {
            joined |= !tokens[k].IsCapitalized;
        }

        return joined && k < tokens.Count && tokens[k].IsLower && tokens[k].Folded.EndsWith('s') && lexicon.PlaceNouns.Contains(tokens[k].Folded);
    }

    private static bool IsPlaceJoint(Token token) => token.Text is "and" or "or" or "–" or "—" or "-" or "&";

    /// <summary>"two goals from X, 19, a student": an age after the words makes them a person, whatever the preposition before.</summary>
    private static bool AgeFollows(List<Token> tokens, int end) =>
        end + 3 < tokens.Count && tokens[end + 1].Is(",") && tokens[end + 2].Kind == TokenKind.Number && tokens[end + 3].Is(",");

    /// <summary>
    /// "By X - Translated by Y", "By X, Phnom Penh Post": a short block that opens with "By" and a name signs the report; so does one of
    /// credits ("Reported by X for RFA’s Khmer service. Translated by Y.", "Translated from Khmer by X").
    /// </summary>
    private static bool IsByline(List<Token> tokens) =>
        (tokens.Count is > 2 and <= MaxBylineTokens && tokens[0].Text == "By" && tokens[1].IsCapitalized)
        || (tokens.Count is > 2 and <= CreditSentences * MaxBylineTokens && CreditVerbs.Contains(tokens[0].Text)
            && tokens.Take(CreditOpeningTokens).Any(t => t.Text == "by") && tokens.Where((t, i) => i == 0 || tokens[i - 1].Sentence != t.Sentence).All(OpensCredit));

    private static readonly HashSet<string> CreditVerbs = ["Reported", "Translated", "Written", "Edited", "Compiled", "Additional", "Photos", "Illustrations"];

    private static bool OpensCredit(Token token) => CreditVerbs.Contains(token.Text);

    private const int CreditSentences = 3, CreditOpeningTokens = 6;

    private const int MaxBylineTokens = 16;

    /// <summary>
    /// "Thanh Tâm – Nhân Dân", "Thanh Dũng (Nhân Dân)", "Mom Kunthear / Khmer Times", "Ngin Dara and Ben Keller - The Phnom
    /// Penh Post": a reporter's byline, not a person of the report.
    /// </summary>
    private bool SignsFor(List<Token> tokens, int end)
    {
        if (end + 2 < tokens.Count && tokens[end + 1].IsLower && tokens[end + 1].Folded == "and")
        {
            var next = end + 2;
            while (next < tokens.Count && next - end <= MaxNameWords + 1 && tokens[next].IsCapitalized)
            {
                next++;
            }

            return next > end + 2 && SignsAlone(tokens, next - 1);
        }

        return SignsAlone(tokens, end);
    }

    private bool SignsAlone(List<Token> tokens, int end) =>
        end + 2 < tokens.Count && tokens[end + 1].Text is "–" or "—" or "-" or "/" or "(" && lexicon.Gazetteer.OrganisationAt(tokens, end + 2) > 0
        && (tokens[end + 1].Text != "(" || end + 2 + lexicon.Gazetteer.OrganisationAt(tokens, end + 2) >= tokens.Count - 1);

    /// <summary>A Vietnamese middle name tells the gender: "Thị" a woman, "Văn" a man.</summary>
    private Gender NameGender(string key)
    {
        var words = key.Split(' ');
        var middle = words.Length > 2 ? words[1..^1] : [];
        return middle.Any(lexicon.FemaleNameMarkers.Contains) ? Gender.Female
            : middle.Any(lexicon.MaleNameMarkers.Contains) ? Gender.Male
            : Gender.Unknown;
    }
}

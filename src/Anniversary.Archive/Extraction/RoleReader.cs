using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// Reads the roles written around a name: a title before it ("Vietnamese Deputy Prime Minister"),
/// an appositive after it ("…, President of the provincial Women’s Union,"), and the gender a title
/// or an honorific tells. Also finds the person a role alone refers to ("the Cambodian Deputy PM").
/// </summary>
internal sealed class RoleReader(Lexicon lexicon)
{
    /// <summary>Lower-case words that join the words of a title or an organisation's name: "Minister of Labour".</summary>
    public static readonly HashSet<string> Connectors = ["of", "to", "the", "and", "for", "in"];

    private static readonly HashSet<string> Honorifics = ["mr", "mrs", "ms", "madam", "dr"];

    /// <summary>Words that make a post the second of its body: "Deputy Governor", "Vice Chairman".</summary>
    private static readonly HashSet<string> SecondWords = ["deputy", "vice", "assistant"];

    /// <summary>"cadre turned farmer": words that join two posts of one person's life into one role.</summary>
    public static readonly HashSet<string> RoleJoiners = ["turned"];
    private const int MaxAppositiveTokens = 40;

    /// <summary>"a former Khmer Rouge soldier": the words that may stand between "a" and what the person does.</summary>
    private const int MaxQualifiers = 5;
    /// <summary>The longest phrase read as a description after a name ("X, whose elder brother died in …, told"), in tokens.</summary>
    internal const int MaxDescriptionTokens = 16;

    /// <summary>Adds the roles written around this mention to its person, with the gender they tell.</summary>
    public void AddRoles(Block block, Mention mention)
    {
        var person = mention.Person;
        foreach (var role in ReadRoles(block, mention).Where(role => !person.Roles.Any(r => lexicon.RoleKey(r) == lexicon.RoleKey(role))))
        {
            person.Roles.Add(role);
            if (role.Split(' ').Any(word => lexicon.FemaleTitles.Contains(TextFolding.Fold(word.TrimEnd('.')))))
            {
                person.Gender = Gender.Female;
            }
        }

        person.Gender = HonorificGender(block, mention.Start) ?? person.Gender;
        person.DescribedByLife |= DescribedByLife(block.Tokens, mention.End);
        person.Age = AgeAfter(block.Tokens, mention.End) ?? person.Age;
        AddDescription(person, block.Tokens, mention.End);
        if (mention.Start > 0 && lexicon.Honorifics.EndingAt(block.Tokens, mention.Start - 1) is { } honorific)
        {
            person.Gender = honorific.Gender switch { "female" => Gender.Female, "male" => Gender.Male, _ => person.Gender };
            if (honorific.Bearer is { } bearer)
            {
                // "Ven. X", later "the monk said": the honorific says what its bearer is, as a description would.
                person.DescribedAs.Add(bearer);
            }

            for (var k = honorific.Start; k < mention.Start; k++)
            {
                person.HonorificWords.Add(block.Tokens[k].Folded);
            }
        }
    }

    /// <summary>
    /// Roles that another role already says ("Deputy PM" beside "Vietnamese Deputy Prime Minister") are left
    /// out, and so is a rank alone ("Maj. Gen.") beside a post.
    /// </summary>
    public List<string> FullestRoles(List<string> roles) =>
        roles.Where(role => !roles.Any(other => other != role && other.Length > role.Length
                && IsSubsequence(lexicon.RoleKey(role).Split(' '), lexicon.RoleKey(other).Split(' '))))
            .Where(role => !IsRankAlone(role) || roles.All(IsRankAlone))
            .ToList();

    /// <summary>
    /// The roles a person is shown with. A rank alone is the role of an officer at the event ("said Colonel X, a
    /// veteran of the battle"), not of one only mentioned ("founded by General X") nor of one written with their age
    /// or life ("Colonel X, 72, who fought in …"): there it is the rank they bear, not a post.
    /// </summary>
    public List<string> RolesShown(PersonState person)
    {
        var roles = FullestRoles(person.Roles);
        return person.Part == Model.Part.Mentioned || person.DescribedByLife ? roles.Where(role => !IsRankAlone(role)).ToList() : roles;
    }

    /// <summary>"X, 80, a survivor of the regime, …": the nouns for a person in the phrase after the name (after an age), up to its comma.</summary>
    private void AddDescription(PersonState person, List<Token> tokens, int nameEnd)
    {
        if (nameEnd + 2 >= tokens.Count || !tokens[nameEnd + 1].Is(","))
        {
            return;
        }

        var first = AgeAfter(tokens, nameEnd) is null ? nameEnd + 2 : nameEnd + 4;
        for (var k = first; k < tokens.Count && k - first < MaxDescriptionTokens && tokens[k].IsWord && tokens[k].Sentence == tokens[nameEnd].Sentence; k++)
        {
            if (tokens[k].IsLower && lexicon.PersonWords.Contains(tokens[k].Folded))
            {
                person.DescribedAs.Add(tokens[k].Folded);
            }
        }
    }

    /// <summary>", 72,", ", who …" or ", whose …" right after the name.</summary>
    private static bool DescribedByLife(List<Token> tokens, int nameEnd) =>
        AgeAfter(tokens, nameEnd) is not null
        || (nameEnd + 2 < tokens.Count && tokens[nameEnd + 1].Is(",") && tokens[nameEnd + 2].IsLower && tokens[nameEnd + 2].Folded is "who" or "whose");

    private static string? AgeAfter(List<Token> tokens, int nameEnd) =>
        nameEnd + 3 < tokens.Count && tokens[nameEnd + 1].Is(",") && tokens[nameEnd + 2].Kind == TokenKind.Number && tokens[nameEnd + 3].Is(",")
            ? tokens[nameEnd + 2].Text
            : null;

    private bool IsRankAlone(string role)
    {
        // The honorifics are read before a name, so one is put after the role to read it.
        var tokens = Tokenizer.Tokenize(role + " X");
        var (length, isRank, _, _) = lexicon.Honorifics.At(tokens, 0);
        return isRank && length == tokens.Count - 1;
    }

    /// <summary>The title written after a name between commas: "Trần Thị Hoa, President of the provincial Women’s Union, affirmed".</summary>
    public string? Appositive(Block block, int nameEnd)
    {
        var tokens = block.Tokens;
        // "X (retd.), head of the liaison board, said": the post after a short parenthesis.
        nameEnd = Tokenizer.AfterParenthesis(tokens, nameEnd + 1) - 1;
        if (nameEnd + 2 >= tokens.Count || !tokens[nameEnd + 1].Is(","))
        {
            return null;
        }

        // "Nguyễn Văn Lộc, 74, a retired truck driver from …": the age is not part of the role after it.
        var first = AgeAfter(tokens, nameEnd) is null ? nameEnd + 2 : nameEnd + 4;
        if (first >= tokens.Count)
        {
            return null;
        }

        // "Researcher X, of the Institute of …": where the person works, not a post.
        if (tokens[first].IsLower && tokens[first].Folded is "of" or "from" or "in")
        {
            return null;
        }

        // "X, Senior Lieutenant General Y, …": a rank that runs into a name is the next guest's, not X's role.
        if (lexicon.Honorifics.At(tokens, first) is { Length: > 0 } rank && block.Mentions.Any(m => m.Start == first + rank.Length))
        {
            return null;
        }

        // "…, former Deputy Chief of the General Staff": "former" opens the role it qualifies.
        var opened = tokens[first].IsLower && lexicon.RoleOpeners.Contains(tokens[first].Folded) && first + 1 < tokens.Count;
        var head = opened ? first + 1 : first;
        var descriptive = opened || IsDescriptive(tokens, first);
        // "…, owner of a pepper company in …": a lower-case post that a body or a place follows opens the role too.
        if (!(IsDescriptive(tokens, first) || IsTitleLike(tokens[head]) || (tokens[head].IsCapitalized && tokens.Skip(head + 1).Take(4).Any(IsTitle))
              || (opened && tokens[head].IsLower && DescriptiveWithin(tokens, head))
              || (tokens[head].IsLower && IsPost(tokens[head]) && EndsPhrase(tokens, head))))
        {
            return null;
        }

        var last = first;
        for (var k = first + 1; k < tokens.Count && k - nameEnd < MaxAppositiveTokens; k++)
        {
            var token = tokens[k];
            // ", to the people of the province", ", to laughter from the crowd": "to" after a comma opens a phrase of the sentence.
            // "X, former Deputy Commander of Military Region 9, Cambodian Ambassador to Vietnam Y, …": the next guest's title.
            var closes = token.Is(",") && k + 1 < tokens.Count
                         && ((tokens[k + 1].IsLower && (!Connectors.Contains(tokens[k + 1].Folded) || tokens[k + 1].Folded is "and" or "to" || OpensInterjection(tokens, k + 1)))
                             || TitlesNextName(block, k + 1));
            if (closes || token.Sentence != tokens[nameEnd].Sentence || token.Is(";") || token.Is("(") || token.Is(")")
                || RoleEnds.Ends(lexicon, block, k))
            {
                // "X, Vice Chairwoman of the Committee Y": a title running into a name is that name's.
                if (block.Mentions.Any(m => m.Start == k) && !tokens[k - 1].Is(","))
                {
                    return null;
                }

                break;
            }

            last = k;
        }

        while (last > first && (tokens[last].Kind == TokenKind.Punctuation || (tokens[last].IsLower && Connectors.Contains(tokens[last].Folded))))
        {
            last--;
        }

        return RoleText(block, first, last, keepOpening: descriptive);
    }

    /// <summary>
    /// "…, a researcher at a documentation centre, said": "a" and what the person does (<c>descriptiveRoles</c>), after
    /// at most two lower-case words ("a local businessman"). "A veteran of the battle" tells what they lived through, not a role.
    /// </summary>
    /// <summary>A title, from <paramref name="start"/>, that runs into a name: "Cambodian Ambassador to Vietnam Y".</summary>
    private bool TitlesNextName(Block block, int start)
    {
        var tokens = block.Tokens;
        for (var k = start; k < tokens.Count && k - start <= MaxTitleBeforeNextName; k++)
        {
            if (block.Mentions.Any(m => m.Start == k))
            {
                return k > start && tokens.Skip(start).Take(k - start).Any(IsTitle);
            }

            if (!(IsRoleWord(tokens[k]) || tokens[k].IsCapitalized || (tokens[k].IsLower && Connectors.Contains(tokens[k].Folded))))
            {
                return false;
            }
        }

        return false;
    }

    private const int MaxTitleBeforeNextName = 8;

    private bool IsDescriptive(List<Token> tokens, int k)
    {
        if (!tokens[k].IsLower || tokens[k].Folded is not ("a" or "an" or "the"))
        {
            return false;
        }

        // "…, the museum’s deputy director, said", "the regime’s Southwest Zone commander": a body's possessive, then its
        // post, the phrase's last word ("the regime’s most senior leaders" is none).
        if (tokens[k].Folded == "the")
        {
            // "the Cambodian People’s Party’s provincial chief": the body may take several capitalised words.
            var possessive = k + 1;
            while (possessive < tokens.Count && possessive <= k + 4 && tokens[possessive].IsCapitalized && !tokens[possessive].IsPossessive)
            {
                possessive++;
            }

            if (possessive >= tokens.Count || !tokens[possessive].IsPossessive)
            {
                return false;
            }

            for (var j = possessive + 1; j < tokens.Count && j <= possessive + 4 && tokens[j].IsWord; j++)
            {
                if (tokens[j].IsLower && IsPost(tokens[j]) && (j + 1 == tokens.Count || !tokens[j + 1].IsWord || Connectors.Contains(tokens[j + 1].Folded)))
                {
                    return true;
                }
            }

            return false;
        }

        // "a Vietnamese Heroic Mother": an honour the person bears, after a nationality.
        var at = k + 1 < tokens.Count && lexicon.Nationalities.ContainsKey(tokens[k + 1].Folded) ? k + 2 : k + 1;
        if (at < tokens.Count && lexicon.HonourTitles.TryGetValue(tokens[at].Folded, out var honours)
            && honours.Any(words => Tokenizer.Spells(tokens, at, words)))
        {
            return true;
        }

        return DescriptiveWithin(tokens, k + 1) || HeadsDescription(tokens, k + 1);
    }

    /// <summary>
    /// "a retired army major who …", "a Vietnamese military attaché", "a deputy minister of Labour", "a former Khmer Rouge
    /// soldier turned farmer": words that qualify it (lower-case words, numbers, a nationality, a place or a body's
    /// capitalised name), then the phrase's last word, a post or what a person does, in lower case. What a person lived
    /// through (<c>lifeNouns</c>: "a survivor of the camp") is no post.
    /// </summary>
    private bool HeadsDescription(List<Token> tokens, int from)
    {
        // "a 67-year-old vendor": an age written as one word with its hyphens qualifies the post too.
        for (var j = from; j < tokens.Count && j <= from + MaxQualifiers
             && (tokens[j].IsWord || tokens[j].Kind == TokenKind.Number || (tokens[j].Is("-") && j > from && tokens[j - 1].Kind == TokenKind.Number)); j++)
        {
            if (tokens[j].IsLower && EndsPhrase(tokens, j))
            {
                return IsPost(tokens[j]) && !lexicon.LifeNouns.Contains(tokens[j].Folded);
            }
        }

        return false;
    }

    /// <summary>Whether the word at <paramref name="k"/> ends a noun phrase: punctuation, a preposition, a clause or "turned" follows it.</summary>
    private bool EndsPhrase(List<Token> tokens, int k)
    {
        if (k + 1 == tokens.Count || !tokens[k + 1].IsWord)
        {
            return true;
        }

        var next = tokens[k + 1];
        return next.IsLower && (Connectors.Contains(next.Folded) || lexicon.PlacePrepositions.Contains(next.Folded) || RoleJoiners.Contains(next.Folded)
                                || next.Folded is "who" or "whose" or "with");
    }

    /// <summary>"a Kandal rice miller", "a 12th grader": a place or a number may qualify what the person does.</summary>
    private bool DescriptiveWithin(List<Token> tokens, int from)
    {
        for (var j = from; j < tokens.Count && j <= from + 2 && (tokens[j].IsLower || tokens[j].Kind == TokenKind.Number || IsPlaceAt(tokens, j)); j++)
        {
            if (tokens[j].IsLower && lexicon.DescriptiveRoles.Contains(tokens[j].Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The Cambodian Deputy PM pledged …": a role after "the", ending at <paramref name="last"/>, names the person who holds it.</summary>
    public PersonState? HolderOf(Block block, int last, IEnumerable<PersonState> people)
    {
        var tokens = block.Tokens;
        if (PersonNounHolder(tokens, last, people) is { } described)
        {
            return described;
        }

        return RoleHolder(block, last, people) ?? AnyPersonNounHolder(tokens, last, people);
    }

    /// <summary>
    /// "The premier later told", "the diplomat said": the person read last who holds a post the noun stands for (<c>postNouns</c>:
    /// a prime minister, an ambassador or a consul), speaker or not; else the speaker read last who holds any post.
    /// </summary>
    private PersonState? AnyPersonNounHolder(List<Token> tokens, int last, IEnumerable<PersonState> people)
    {
        if (last < 1 || !tokens[last].IsLower || !lexicon.PersonNouns.Contains(tokens[last].Folded)
            || !(tokens[last - 1].Folded == "the" || (last >= 2 && tokens[last - 1].IsLower && tokens[last - 2].Folded == "the")))
        {
            return null;
        }

        if (lexicon.PostNouns.TryGetValue(tokens[last].Folded, out var posts)
            && people.Where(p => p.Roles.Any(role => posts.Any(post => IsSubsequence(post, lexicon.RoleKey(role).Split(' '))))).MaxBy(p => p.LastSeen) is { } holder)
        {
            return holder;
        }

        return people.Where(p => p.Part == Model.Part.Speaker && p.Roles.Count > 0).MaxBy(p => p.LastSeen);
    }

    private PersonState? RoleHolder(Block block, int last, IEnumerable<PersonState> people)
    {
        var tokens = block.Tokens;
        var first = last;
        while (first >= 0 && (IsRoleWord(tokens[first]) || (tokens[first].IsLower && lexicon.RoleLowercaseWords.Contains(tokens[first].Folded))) && tokens[first].Folded != "the")
        {
            first--;
        }

        if (first < 0 || tokens[first].Folded != "the" || first == last || !tokens.Skip(first + 1).Take(last - first).Any(IsTitle))
        {
            return null;
        }

        // "The Cambodian deputy governor also said": the nationality is not part of the post; it tells which holder, when a role names it.
        var roleStart = first + 1;
        var country = roleStart < last && tokens[roleStart].IsCapitalized && lexicon.Nationalities.TryGetValue(tokens[roleStart].Folded, out var named) ? named : null;
        if (country is not null)
        {
            roleStart++;
        }

        var phrase = lexicon.RoleKey(block.Text[tokens[roleStart].Start..tokens[last].End]).Split(' ');
        var holders = people.Where(p => p.Roles.Any(role => IsSubsequence(phrase, lexicon.RoleKey(role).Split(' ')))).ToList();
        if (country is not null && holders.Where(p => p.Roles.Any(role => lexicon.NamesCountry(role, country))).ToList() is { Count: > 0 } ofThatCountry)
        {
            holders = ofThatCountry;
        }

        // "the governor" is the Governor of Kratie province rather than a Deputy Governor named after him.
        var heads = holders.Where(p => p.Roles.Any(role => IsSubsequence(phrase, lexicon.RoleKey(role).Split(' '))
                                                           && !lexicon.RoleKey(role).Split(' ').Any(w => SecondWords.Contains(w) && !phrase.Contains(w)))).ToList();
        return (heads.Count > 0 ? heads : holders).MaxBy(p => p.LastSeen);
    }

    /// <summary>
    /// "The Cambodian leader called on …": "the", a nationality and a noun for a person (<c>personNouns</c>) name the
    /// person read last whose role names that country.
    /// </summary>
    private PersonState? PersonNounHolder(List<Token> tokens, int last, IEnumerable<PersonState> people)
    {
        if (last < 2 || !tokens[last].IsLower || !lexicon.PersonNouns.Contains(tokens[last].Folded)
            || !lexicon.Nationalities.TryGetValue(tokens[last - 1].Folded, out var country) || tokens[last - 2].Folded != "the")
        {
            return null;
        }

        // "The Vietnamese officer affirmed", where the officer's post names no country: the speaker read last whose roles name no other.
        return people.Where(p => p.Roles.Any(role => lexicon.NamesCountry(role, country))).MaxBy(p => p.LastSeen)
               ?? people.Where(p => p.Part == Model.Part.Speaker && !p.Roles.Any(role => lexicon.CountryOf(role) is { } other && other != country)).MaxBy(p => p.LastSeen);
    }

    /// <summary>A word that may stand in a role: a title, a nationality, a known place, or "the".</summary>
    public bool IsRoleWord(Token token) =>
        IsTitleLike(token) || (token.IsCapitalized && lexicon.IsKnownPlace(token.Text)) || (token.IsWord && token.Folded == "the");

    /// <summary>The roles written around a name: a title before it, an appositive after it, or both.</summary>
    private IEnumerable<string> ReadRoles(Block block, Mention mention)
    {
        var before = RoleBefore(block, mention.Start) ?? TitleSetOffBefore(block, mention);
        var after = mention.End > mention.Start ? Appositive(block, mention.End) : null;
        var beforeIsHonorific = before is not null && before.Split(' ').All(w => Honorifics.Contains(TextFolding.Fold(w.TrimEnd('.'))));
        if (before is not null && !(beforeIsHonorific && after is not null))
        {
            yield return before;
        }

        if (after is not null)
        {
            yield return after;
        }
    }

    /// <summary>"The governor of Takeo province, Chea Sokha, said": a title opening the sentence, the name set off by commas after it.</summary>
    private string? TitleSetOffBefore(Block block, Mention mention)
    {
        var tokens = block.Tokens;
        var comma = mention.Start - 1;
        if (comma < 2 || !tokens[comma].Is(",") || mention.End + 1 >= tokens.Count || !tokens[mention.End + 1].Is(","))
        {
            return null;
        }

        var start = comma - 1;
        while (start > 0 && tokens[start - 1].Sentence == tokens[comma].Sentence)
        {
            start--;
        }

        if (tokens[start].Folded != "the" || !IsTitle(tokens[start + 1]) || tokens.Skip(start + 1).Take(comma - start - 1)
                .Any(t => !(IsRoleWord(t) || t.IsCapitalized || (t.IsLower && (Connectors.Contains(t.Folded) || lexicon.RoleLowercaseWords.Contains(t.Folded) || IsTitle(t))))))
        {
            return null;
        }

        return block.Text[tokens[start + 1].Start..tokens[comma - 1].End];
    }

    /// <summary>
    /// The title written before a name: "Vietnamese Deputy Prime Minister", "Cambodian Ambassador to
    /// Vietnam", "Chairman of the provincial People’s Committee", "Minister of Labour, Invalids and Social Affairs".
    /// </summary>
    private string? RoleBefore(Block block, int nameStart)
    {
        var tokens = block.Tokens;

        // "National Assembly President Samdech Khuon Sudary": the honorific is neither the name nor the role. A
        // rank alone ("Colonel Nguyễn Văn Sáu") is the role a report gives; a rank after a post ("Deputy Minister
        // of National Defence Senior Lieutenant General X") is not part of the post.
        if (nameStart > 0 && lexicon.Honorifics.EndingAt(tokens, nameStart - 1) is { } honorific
            && (!honorific.IsRank || (honorific.Start > 0 && tokens[honorific.Start - 1].Sentence == tokens[honorific.Start].Sentence
                                      && (tokens[honorific.Start - 1].IsCapitalized || (tokens[honorific.Start - 1].IsLower && IsPost(tokens[honorific.Start - 1])))))
            && !ClosesTitle(tokens, honorific.Start, nameStart - 1))
        {
            nameStart = honorific.Start;
        }

        var first = nameStart;
        var lowercaseOpening = false;
        for (var k = nameStart - 1; k >= 0; k--)
        {
            var token = tokens[k];
            if (token.Sentence != tokens[nameStart].Sentence || block.InMention(k) || AfterPlacePreposition(block, k))
            {
                break;
            }

            // "His Majesty King X": an honorific before the title is neither the role nor the name.
            if (token.IsCapitalized && lexicon.Honorifics.EndingAt(tokens, k) is { IsRank: false })
            {
                break;
            }

            var sentenceStart = k == 0 || tokens[k - 1].Sentence != token.Sentence;
            var betweenCapitals = k > 0 && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized;
            if (lexicon.RoleOpeners.Contains(token.Folded) && first == k + 1 && first < nameStart && (token.IsLower || sentenceStart))
            {
                // "Former army nurse X", "taken by former war correspondent X": the word that opens the role.
                first = k;
                lowercaseOpening |= token.IsLower;
                break;
            }
            else if (token.Kind == TokenKind.Number && first == k + 1 && k > 0 && tokens[k - 1].IsCapitalized && tokens[k - 1].Sentence == token.Sentence)
            {
                // "Former Division 5 commander X": a unit's number.
                first = k;
            }
            else if (token.IsCapitalized && (!sentenceStart || IsTitleLike(token) || IsPlaceAt(tokens, k) || lexicon.RoleLowercaseWords.Contains(token.Folded)))
            {
                first = k;
            }
            else if (token.IsCapitalized && sentenceStart && first == k + 1
                     && ((tokens[k + 1].IsLower && IsPost(tokens[k + 1])) || (!lexicon.NameStopWords.Contains(token.Folded) && NamesBody(tokens, k + 1, nameStart))))
            {
                // "Academy president X", "Political analyst X": the word a lower-case title belongs to opens the sentence;
                // "Sam Rainsy Party lawmaker X": so does the first word of a body's name.
                first = k;
            }
            else if (token.IsLower && RoleJoiners.Contains(token.Folded) && first == k + 1 && k > 0 && tokens[k - 1].IsLower && IsPost(tokens[k - 1]))
            {
                // "Former Khmer Rouge cadre turned farmer X": one role that became another.
                first = k;
            }
            else if (token.IsLower && IsPost(token) && !Connectors.Contains(token.Folded) && first == k + 1)
            {
                // "Opposition lawmaker Chea Vuthy", "rice farmer X": a lower-case title or what the person does, right before the role's capitalised words or the name.
                first = k;
            }
            else if (token.IsLower && !Connectors.Contains(token.Folded) && !RoleEnds.IsPreposition(token.Folded) && first == k + 1 && tokens[first].IsLower && IsPost(tokens[first])
                     && (lexicon.RoleLowercaseWords.Contains(token.Folded) || sentenceStart || tokens[k - 1].Is(",") || RoleJoiners.Contains(tokens[k - 1].Folded)
                         || lexicon.RoleOpeners.Contains(tokens[k - 1].Folded)))
            {
                // "together with provincial governor X", "Outside the hall, rice farmer X", "… turned rice farmer X": the word that qualifies a lower-case title.
                first = k;
                lowercaseOpening = true;
                if (!lexicon.RoleLowercaseWords.Contains(token.Folded) && !RoleJoiners.Contains(tokens[k - 1].Folded) && !lexicon.RoleOpeners.Contains(tokens[k - 1].Folded))
                {
                    break;
                }
            }
            else if (token.IsLower && lexicon.RoleLowercaseWords.Contains(token.Folded) && first == k + 1 && first < nameStart
                     && (sentenceStart || tokens[k - 1].Is(",") || tokens[k - 1].Is(":")))
            {
                // "Addressing the event, association Vice Chairman X": the body the title belongs to, written in lower case.
                first = k;
                lowercaseOpening = true;
                break;
            }
            else if (token.IsLower && token.Folded == "and" && NamedBeforeBody(block, k - 1) is not null)
            {
                // "Vice Chairman X of the Tây Ninh People’s Committee and General Y": the body before "and" is X's.
                break;
            }
            else if (token.IsLower && (Connectors.Contains(token.Folded) || lexicon.RoleLowercaseWords.Contains(token.Folded)))
            {
                continue;
            }
            else if (token.Is(",") && tokens.Skip(k + 1).Take(nameStart - k - 1).Any(IsTitle))
            {
                // "…, Lt. Gen. Prum Sokhom": the words after the comma already hold a title, so the comma ends it.
                break;
            }
            // "Lt. Gen.", and the plural possessive "the city’s Veterans’ Association".
            else if (((token.Is(".") || token.Is("’") || token.Is("'")) && k > 0 && tokens[k - 1].End == token.Start && tokens[k - 1].IsCapitalized)
                     || ((token.Is(",") || token.Is("-") || token.Is("–")) && betweenCapitals))
            {
                continue;
            }
            else
            {
                break;
            }
        }

        return RoleText(block, first, nameStart - 1, keepOpening: lowercaseOpening);
    }

    /// <param name="keepOpening">The role opens with a lower-case word that belongs to it ("a researcher at …", "association Vice Chairman").</param>
    private string? RoleText(Block block, int first, int last, bool keepOpening = false)
    {
        var tokens = block.Tokens;

        // "The Governor of Tay Ninh Province, X, said": the comma that sets the name off is not the role's.
        while (last >= first && tokens[last].Kind == TokenKind.Punctuation && tokens[last].Text is "," or ";" or ":" or "–" or "—")
        {
            last--;
        }

        // "Hanoi, President" is a place and a title: a leading part without a title is not the role.
        for (var comma = first; comma <= last; comma++)
        {
            if (tokens[comma].Is(",") && !tokens.Skip(first).Take(comma - first).Any(IsTitle))
            {
                first = comma + 1;
            }
        }

        // "…, director of the museum, said": a lower-case title may open the role; "a veteran of …" is not one.
        var opensWithTitle = first <= last && tokens[first].IsLower && IsPost(tokens[first]);
        if (keepOpening && first <= last)
        {
            return block.Text[tokens[first].Start..tokens[last].End];
        }

        while (!opensWithTitle && first <= last && (tokens[first].IsLower || tokens[first].Folded == "the" || tokens[first].Kind == TokenKind.Punctuation))
        {
            first++;
        }

        if (first > last || !tokens.Skip(first).Take(last - first + 1).Any(IsPost))
        {
            return null;
        }

        return block.Text[tokens[first].Start..tokens[last].End];
    }

    /// <summary>", in the presence of …", ", in turn, …": a preposition and what follows it, not more of the title.</summary>
    private static bool OpensInterjection(List<Token> tokens, int k) =>
        tokens[k].Folded == "in" && k + 1 < tokens.Count && tokens[k + 1].IsLower && tokens[k + 1].Folded is "the" or "turn";

    /// <summary>A title, or a lower-case word for what a person does (<c>descriptiveRoles</c>: "farmer", "analyst").</summary>
    private bool IsPost(Token token) => IsTitle(token) || (token.IsLower && lexicon.DescriptiveRoles.Contains(token.Folded));

    /// <summary>"Sam Rainsy Party lawmaker": capitalised words up to a body's word (<c>nameStopWords</c> "Party") then a lower-case title.</summary>
    private bool NamesBody(List<Token> tokens, int from, int nameStart)
    {
        for (var k = from; k < nameStart - 1; k++)
        {
            if (!tokens[k].IsCapitalized)
            {
                return false;
            }

            if (lexicon.NameStopWords.Contains(tokens[k].Folded) && tokens[k + 1].IsLower && IsPost(tokens[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "X of the Tây Ninh People’s Committee", "X of the Documentation Center of Cambodia": the name before "of" and a body's
    /// name that ends at <paramref name="last"/>, in one sentence.
    /// </summary>
    public Mention? NamedBeforeBody(Block block, int last)
    {
        var tokens = block.Tokens;
        if (last < 2 || !tokens[last].IsCapitalized)
        {
            return null;
        }

        var k = last;
        while (k > 0 && last - k < MaxBodyTokens && tokens[k].Sentence == tokens[last].Sentence && !block.InMention(k)
               && (tokens[k].IsCapitalized || tokens[k].IsPossessive || tokens[k].Is("’") || tokens[k].Is("'")
                   || (tokens[k].IsLower && (Connectors.Contains(tokens[k].Folded) || lexicon.RoleLowercaseWords.Contains(tokens[k].Folded)))))
        {
            k--;
        }

        return tokens[k + 1].IsLower && tokens[k + 1].Folded == "of" ? block.Mentions.FirstOrDefault(m => m.End == k) : null;
    }

    private const int MaxBodyTokens = 12;

    /// <summary>"Consul General X": a rank that, with the title before it, is one title (<c>titles</c>), is part of the post.</summary>
    private bool ClosesTitle(List<Token> tokens, int rankStart, int rankEnd) =>
        rankStart > 0 && rankStart == rankEnd && tokens[rankStart - 1].IsCapitalized
        && lexicon.TitlePhrases.Contains(tokens[rankStart - 1].Folded + " " + tokens[rankStart].Folded);

    /// <summary>
    /// "… while in Phnom Penh Prime Minister Hun Sen …": a place after "in" or "at" ends at this token, so the
    /// title starts after it; unless a title comes before the preposition ("Consul General in HCM City Vong Sokhom").
    /// </summary>
    private bool AfterPlacePreposition(Block block, int k)
    {
        var tokens = block.Tokens;
        for (var start = k; start >= 1 && k - start < 4 && tokens[start].IsCapitalized; start--)
        {
            if (tokens[start - 1].IsLower && lexicon.PlacePrepositions.Contains(tokens[start - 1].Folded))
            {
                return !(start >= 2 && tokens[start - 2].IsCapitalized) && (lexicon.IsKnownPlace(block.Text[tokens[start].Start..tokens[k].End])
                       || lexicon.Gazetteer.PlaceAt(tokens, start, oldNames: false) is { } place && start + place.Words.Length - 1 == k);
            }
        }

        return false;
    }

    /// <summary>A province or city, or a district written with "district" after it ("Ek Phnom district governor X").</summary>
    private bool IsPlaceAt(List<Token> tokens, int index) =>
        lexicon.IsKnownPlace(Lexicon.StripPossessive(tokens[index].Text)) || lexicon.Gazetteer.PlaceAt(tokens, index, oldNames: false) is not null
        || (lexicon.Gazetteer.DistrictAt(tokens, index) is { } district && index + district.Words.Length < tokens.Count
            && tokens[index + district.Words.Length].IsLower && tokens[index + district.Words.Length].Folded == "district");

    private bool IsTitle(Token token) =>
        token.IsWord && (lexicon.TitleWords.Contains(token.Folded) || lexicon.TitleAbbreviations.ContainsKey(token.Text) || lexicon.TitleAbbreviations.ContainsKey(token.Text + "."));

    private bool IsTitleLike(Token token) =>
        IsTitle(token) || (token.IsWord && lexicon.Nationalities.ContainsKey(token.Folded));

    /// <summary>"Ms. Vilayvanh Keomany": an honorific just before the name tells the gender even when a fuller role is kept.</summary>
    private Gender? HonorificGender(Block block, int nameStart)
    {
        var k = nameStart - 1;
        if (k >= 0 && block.Tokens[k].Is("."))
        {
            k--;
        }

        if (k < 0 || !block.Tokens[k].IsWord)
        {
            return null;
        }

        var word = block.Tokens[k].Folded;
        return lexicon.FemaleHonorifics.Contains(word) ? Gender.Female : lexicon.MaleHonorifics.Contains(word) ? Gender.Male : null;
    }

    /// <summary>"deputy minister" is in "deputy foreign minister": every word, in order, gaps allowed.</summary>
    private static bool IsSubsequence(string[] words, string[] within)
    {
        var next = 0;
        foreach (var word in within)
        {
            if (next < words.Length && words[next] == word)
            {
                next++;
            }
        }

        return next == words.Length;
    }
}

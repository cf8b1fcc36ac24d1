using System.Text.RegularExpressions;
using Anniversary.Archive.Model;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// Reads who said what, when and where from a parsed article, by rules over the lexicon: the event
/// of the lead, named people with their roles and parts, the paragraphs each speaker said, the dates
/// the text mentions and the moments it reports. Deterministic and free of I/O.
/// </summary>
public sealed partial class ArticleExtractor(Lexicon lexicon)
{
    private static readonly HashSet<string> RoleConnectors = ["of", "to", "the", "and", "for", "in"];
    private static readonly HashSet<string> Adverbs = ["also", "further", "then", "again", "once", "later", "too", "all", "both", "repeatedly"];
    private static readonly HashSet<string> PassiveAuxiliaries = ["be", "been", "being", "was", "were", "is", "are"];
    private static readonly HashSet<string> Honorifics = ["mr", "mrs", "ms", "madam", "dr"];
    private static readonly HashSet<string> SpeechOpenerWords = ["that", "the", "a", "an", "this", "it", "he", "she", "they", "we"];
    private const int MaxNameWords = 5;
    private const int MaxAppositiveTokens = 40;

    private int _order;

    public static ArticleFacts Extract(ParsedArticle article) => new ArticleExtractor(Lexicon.Default).Read(article);

    public ArticleFacts Read(ParsedArticle article)
    {
        var blocks = Blocks(article);
        var people = new Dictionary<string, PersonState>();

        foreach (var block in blocks)
        {
            foreach (var (start, end, name) in NameRuns(block))
            {
                var key = TextFolding.Fold(name);
                // "Ruiz Cabrera" after "Ernesto Ruiz Cabrera": the last words of a name already read are that person.
                var person = people.GetValueOrDefault(key) ?? people.Values.FirstOrDefault(p => p.Key.EndsWith(" " + key, StringComparison.Ordinal));
                if (person is null)
                {
                    people[key] = person = new PersonState(name, key, people.Count) { Gender = NameGender(key) };
                }

                block.Mentions.Add(new Mention(person, start, end));
            }
        }

        var shortNames = ShortNames(people.Values);
        foreach (var block in blocks)
        {
            AddShortReferences(block, shortNames);
            block.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var mention in block.Mentions)
            {
                mention.Person.LastSeen = ++_order;
                foreach (var role in ReadRoles(block, mention).Where(role => !mention.Person.Roles.Any(r => lexicon.RoleKey(r) == lexicon.RoleKey(role))))
                {
                    mention.Person.Roles.Add(role);
                    if (role.Split(' ').Any(word => lexicon.FemaleTitles.Contains(TextFolding.Fold(word.TrimEnd('.')))))
                    {
                        mention.Person.Gender = Gender.Female;
                    }
                }

                mention.Person.Gender = HonorificGender(block, mention.Start) ?? mention.Person.Gender;
            }
        }

        var attributions = Attribute(blocks, people.Values);
        var statements = FrameContinuations(blocks, attributions);

        return new ArticleFacts(
            ReadEvent(article, blocks),
            people.Values.OrderBy(p => p.Part).ThenBy(p => p.FirstSeen)
                .Select(p => new ExtractedPerson(p.Name, p.Key, p.Role, FullestRoles(p.Roles), p.Roles.Select(lexicon.CountryOf).FirstOrDefault(c => c is not null), p.Part))
                .ToList(),
            statements.Select(s => new ExtractedStatement(s.Value.Key, s.Key)).ToList(),
            blocks.Where(b => b.Paragraph is not null)
                .SelectMany(b => DateMentions.Find(b.Text, article.Date).Select(d => new ExtractedDate(b.Paragraph!.Value, d.Date, d.Precision, d.Text)))
                .ToList(),
            ReadMoments(blocks, statements),
            blocks.SelectMany(b => b.Mentions
                    .Where(m => m.End > m.Start)
                    .Select(m => new ExtractedMention(b.Position, b.Tokens[m.Start].Start, b.Tokens[m.End].End - b.Tokens[m.Start].Start, m.Person.Key)))
                .ToList());
    }

    private static List<Block> Blocks(ParsedArticle article)
    {
        var blocks = new List<Block>();
        var number = 0;
        for (var position = 0; position < article.Elements.Count; position++)
        {
            var element = article.Elements[position];
            int? paragraph = element is BodyParagraph ? ++number : null;
            blocks.Add(new Block(element.Text, paragraph, position, Tokenizer.Tokenize(element.Text)));
        }

        return blocks;
    }

    // ---- names -------------------------------------------------------------------------------

    /// <summary>Runs of two to five capitalised words that are not titles, places, months or organisations.</summary>
    private IEnumerable<(int Start, int End, string Name)> NameRuns(Block block)
    {
        var tokens = block.Tokens;
        var places = PlaceMask(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameWord(tokens[i], places[i]))
            {
                continue;
            }

            var j = i;
            while (j + 1 < tokens.Count && IsNameWord(tokens[j + 1], places[j + 1], readAsName: true)
                   && Tokenizer.Adjacent(block.Text, tokens[j], tokens[j + 1]) && !IsPossessive(tokens[j]))
            {
                j++;
            }

            var length = j - i + 1;
            var isPlace = (i > 0 && tokens[i - 1].IsLower && lexicon.PlacePrepositions.Contains(tokens[i - 1].Folded))
                          || (j + 1 < tokens.Count && tokens[j + 1].IsLower && lexicon.PlaceNouns.Contains(tokens[j + 1].Folded));
            var isOrganisation = (i > 1 && tokens[i - 1].IsLower && RoleConnectors.Contains(tokens[i - 1].Folded)
                                  && tokens[i - 2].IsCapitalized && lexicon.NameStopWords.Contains(tokens[i - 2].Folded))
                                 || (j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && Tokenizer.Adjacent(block.Text, tokens[j], tokens[j + 1]));
            if (length is >= 2 and <= MaxNameWords && !isPlace && !isOrganisation)
            {
                var name = block.Text[tokens[i].Start..tokens[j].End];
                yield return (i, j, Lexicon.StripPossessive(name));
            }

            i = j;
        }
    }

    /// <param name="readAsName">The words around show that a name syllable is a name: it continues a run of name words, or opens speech.</param>
    private bool IsNameWord(Token token, bool isPlace, bool readAsName = false) =>
        token.IsCapitalized
        && !isPlace
        && !token.Text.Contains('-')
        && !(token.Text.Length > 1 && token.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        && !IsStopWord(token, readAsName)
        && !lexicon.TitleWords.Contains(token.Folded)
        && !lexicon.Nationalities.ContainsKey(token.Folded)
        && !lexicon.GroupWords.Contains(token.Folded)
        && !lexicon.EventKinds.ContainsKey(token.Folded);

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

    private static bool IsPossessive(Token token) => Lexicon.StripPossessive(token.Text).Length != token.Text.Length;

    private bool[] PlaceMask(List<Token> tokens)
    {
        var mask = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!lexicon.PlacesByFirstWord.TryGetValue(tokens[i].Folded, out var candidates))
            {
                continue;
            }

            foreach (var place in candidates)
            {
                if (i + place.Length <= tokens.Count && place.Select((word, k) => tokens[i + k].Folded == word).All(match => match))
                {
                    Array.Fill(mask, true, i, place.Length);
                    break;
                }
            }
        }

        return mask;
    }

    /// <summary>The people a lone word can stand for: the last word of their name, or failing that a unique first word.</summary>
    private static Dictionary<string, List<PersonState>> ShortNames(IEnumerable<PersonState> people)
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

    /// <summary>A lone word that is the last word of a name already read ("Deputy PM Hùng"): Vietnamese names end with the given name.</summary>
    private void AddShortReferences(Block block, Dictionary<string, List<PersonState>> shortNames)
    {
        var places = PlaceMask(block.Tokens);
        for (var i = 0; i < block.Tokens.Count; i++)
        {
            var token = block.Tokens[i];
            if (InMention(block, i) || !IsNameWord(token, places[i], readAsName: OpensSpeech(block.Tokens, i))
                || !shortNames.TryGetValue(token.Folded, out var candidates))
            {
                continue;
            }

            block.Mentions.Add(new Mention(candidates.MaxBy(c => c.LastSeen)!, i, i));
        }
    }

    private static bool InMention(Block block, int token)
    {
        foreach (var mention in block.Mentions)
        {
            if (token >= mention.Start && token <= mention.End)
            {
                return true;
            }
        }

        return false;
    }

    // ---- roles -------------------------------------------------------------------------------

    /// <summary>The roles written around a name: a title before it, an appositive after it, or both.</summary>
    private IEnumerable<string> ReadRoles(Block block, Mention mention)
    {
        var before = RoleBefore(block, mention.Start);
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

    /// <summary>
    /// The title written before a name: "Vietnamese Deputy Prime Minister", "Cambodian Ambassador to
    /// Vietnam", "Chairman of the provincial People’s Committee", "Minister of Labour, Invalids and Social Affairs".
    /// </summary>
    private string? RoleBefore(Block block, int nameStart)
    {
        var tokens = block.Tokens;
        var first = nameStart;
        for (var k = nameStart - 1; k >= 0; k--)
        {
            var token = tokens[k];
            if (token.Sentence != tokens[nameStart].Sentence || InMention(block, k))
            {
                break;
            }

            var sentenceStart = k == 0 || tokens[k - 1].Sentence != token.Sentence;
            var betweenCapitals = k > 0 && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized;
            if (token.IsCapitalized && (!sentenceStart || IsTitleLike(token)))
            {
                first = k;
            }
            else if (token.IsLower && (RoleConnectors.Contains(token.Folded) || lexicon.RoleLowercaseWords.Contains(token.Folded)))
            {
                continue;
            }
            else if ((token.Is(".") && k > 0 && tokens[k - 1].End == token.Start && tokens[k - 1].IsCapitalized)
                     || ((token.Is(",") || token.Is("-") || token.Is("–")) && betweenCapitals))
            {
                continue;
            }
            else
            {
                break;
            }
        }

        return RoleText(block, first, nameStart - 1);
    }

    /// <summary>The title written after a name between commas: "Trần Thị Hoa, President of the provincial Women’s Union, affirmed".</summary>
    private string? Appositive(Block block, int nameEnd)
    {
        var tokens = block.Tokens;
        if (nameEnd + 2 >= tokens.Count || !tokens[nameEnd + 1].Is(",")
            || !(IsTitleLike(tokens[nameEnd + 2]) || (tokens[nameEnd + 2].IsCapitalized && tokens.Skip(nameEnd + 3).Take(2).Any(IsTitle))))
        {
            return null;
        }

        var last = nameEnd + 2;
        for (var k = nameEnd + 3; k < tokens.Count && k - nameEnd < MaxAppositiveTokens; k++)
        {
            var token = tokens[k];
            var closes = token.Is(",") && k + 1 < tokens.Count && tokens[k + 1].IsLower && !RoleConnectors.Contains(tokens[k + 1].Folded);
            if (closes || token.Sentence != tokens[nameEnd].Sentence || token.Is(";") || token.Is("(") || token.Is(")"))
            {
                break;
            }

            last = k;
        }

        while (last > nameEnd + 2 && tokens[last].Kind == TokenKind.Punctuation)
        {
            last--;
        }

        return RoleText(block, nameEnd + 2, last);
    }

    private string? RoleText(Block block, int first, int last)
    {
        var tokens = block.Tokens;

        // "Hanoi, President" is a place and a title: a leading part without a title is not the role.
        for (var comma = first; comma <= last; comma++)
        {
            if (tokens[comma].Is(",") && !tokens.Skip(first).Take(comma - first).Any(IsTitle))
            {
                first = comma + 1;
            }
        }

        while (first <= last && (tokens[first].IsLower || tokens[first].Folded == "the" || tokens[first].Kind == TokenKind.Punctuation))
        {
            first++;
        }

        if (first > last || !tokens.Skip(first).Take(last - first + 1).Any(IsTitle))
        {
            return null;
        }

        return block.Text[tokens[first].Start..tokens[last].End];
    }

    private bool IsTitle(Token token) =>
        token.IsWord && (lexicon.TitleWords.Contains(token.Folded) || lexicon.TitleAbbreviations.ContainsKey(token.Text) || lexicon.TitleAbbreviations.ContainsKey(token.Text + "."));

    private bool IsTitleLike(Token token) =>
        IsTitle(token) || (token.IsWord && lexicon.Nationalities.ContainsKey(token.Folded));

    // ---- statements --------------------------------------------------------------------------

    /// <summary>Each paragraph's speaker, where the paragraph itself says who speaks.</summary>
    private Dictionary<int, PersonState> Attribute(List<Block> blocks, IEnumerable<PersonState> people)
    {
        var attributions = new Dictionary<int, PersonState>();
        var speakers = new List<PersonState>();
        foreach (var block in blocks)
        {
            var tokens = block.Tokens;
            for (var v = 0; v < tokens.Count; v++)
            {
                if (block.Paragraph is null || !tokens[v].IsLower || !lexicon.SpeechVerbs.Contains(tokens[v].Folded))
                {
                    continue;
                }

                foreach (var mention in block.Mentions.Where(m => m.End < v))
                {
                    mention.Person.LastSeen = ++_order;
                }

                var speaker = SubjectOf(block, v, speakers, people);
                if (speaker is null)
                {
                    continue;
                }

                speaker.Part = Part.Speaker;
                speakers.Remove(speaker);
                speakers.Add(speaker);
                attributions.TryAdd(block.Paragraph.Value, speaker);

                if (tokens[v].Folded == "quoted" && ObjectOf(block, v) is { } quoted && quoted != speaker)
                {
                    quoted.Part = Strongest(quoted.Part, Part.Quoted);
                }
            }

            foreach (var mention in block.Mentions)
            {
                var part = block.Paragraph is null || IsAttendance(block, mention) ? Part.Attendee
                    : IsReportedSpeech(block, mention) ? Part.Quoted
                    : Part.Mentioned;
                mention.Person.Part = Strongest(mention.Person.Part, part);
            }
        }

        return attributions;
    }

    private PersonState? SubjectOf(Block block, int verb, List<PersonState> speakers, IEnumerable<PersonState> people)
    {
        var tokens = block.Tokens;
        if (verb > 0 && PassiveAuxiliaries.Contains(tokens[verb - 1].Folded))
        {
            return null;
        }

        var k = verb - 1;
        while (k >= 0 && tokens[k].IsLower && (Adverbs.Contains(tokens[k].Folded) || tokens[k].Folded.EndsWith("ly", StringComparison.Ordinal)))
        {
            k--;
        }

        if (k < 0)
        {
            return null;
        }

        if (block.Mentions.FirstOrDefault(m => m.End == k) is { } direct)
        {
            return direct.Person;
        }

        if (tokens[k].IsWord && lexicon.Pronouns.TryGetValue(tokens[k].Folded, out var pronoun))
        {
            // "She" never means a man known to be one, nor "he" a woman. Women are named as such more often
            // than men ("Thị", "Ms", "Chairwoman"), so "she" prefers a known woman; once resolved, the pronoun tells the gender.
            var wanted = pronoun == "female" ? Gender.Female : Gender.Male;
            var referent = wanted == Gender.Female
                ? speakers.LastOrDefault(s => s.Gender == Gender.Female) ?? speakers.LastOrDefault(s => s.Gender == Gender.Unknown)
                : speakers.LastOrDefault(s => s.Gender != Gender.Female);
            if (referent is not null)
            {
                referent.Gender = wanted;
            }

            return referent;
        }

        if (k > 0 && (tokens[k].Is("”") || tokens[k].Is("\"") || tokens[k].Is("’")) && tokens[k - 1].Is(","))
        {
            k--;
        }

        if (tokens[k].Is(","))
        {
            var appositive = block.Mentions.LastOrDefault(m =>
                m.End + 2 < k && tokens[m.End + 1].Is(",") && tokens[m.End].Sentence == tokens[k].Sentence);
            if (appositive is not null && Appositive(block, appositive.End) is not null)
            {
                return appositive.Person;
            }

            // "…, said Deputy PM Khai."
            var inverted = block.Mentions.FirstOrDefault(m => m.Start > verb && m.Start - verb <= 16
                && tokens.Skip(verb + 1).Take(m.Start - verb - 1).All(t => IsRoleWord(t) || t.IsCapitalized || t.Is(",") || t.Is("-")
                    || (t.IsLower && (RoleConnectors.Contains(t.Folded) || lexicon.RoleLowercaseWords.Contains(t.Folded))))
                && (m.End + 1 >= tokens.Count || tokens[m.End + 1].Sentence != tokens[m.End].Sentence || tokens[m.End + 1].Is(".") || tokens[m.End + 1].Is(",")));
            return inverted?.Person;
        }

        return RoleReference(block, k, people);
    }

    /// <summary>"The Cambodian Deputy PM pledged …": a role after "the" names the person who holds it.</summary>
    private PersonState? RoleReference(Block block, int last, IEnumerable<PersonState> people)
    {
        var tokens = block.Tokens;
        var first = last;
        while (first >= 0 && IsRoleWord(tokens[first]) && tokens[first].Folded != "the")
        {
            first--;
        }

        if (first < 0 || tokens[first].Folded != "the" || first == last || !tokens.Skip(first + 1).Take(last - first).Any(IsTitle))
        {
            return null;
        }

        var phrase = lexicon.RoleKey(block.Text[tokens[first + 1].Start..tokens[last].End]).Split(' ');
        return people
            .Where(p => p.Roles.Any(role => IsSubsequence(phrase, lexicon.RoleKey(role).Split(' '))))
            .MaxBy(p => p.LastSeen);
    }

    /// <summary>Roles that another role already says ("Deputy PM" beside "Vietnamese Deputy Prime Minister") are left out.</summary>
    private List<string> FullestRoles(List<string> roles) =>
        roles.Where(role => !roles.Any(other => other != role && other.Length > role.Length
                && IsSubsequence(lexicon.RoleKey(role).Split(' '), lexicon.RoleKey(other).Split(' '))))
            .ToList();

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

    private bool IsRoleWord(Token token) =>
        IsTitleLike(token) || (token.IsCapitalized && lexicon.IsKnownPlace(token.Text)) || (token.IsWord && token.Folded == "the");

    /// <summary>"X quoted Party General Secretary Y as saying": Y's words reached the event through X.</summary>
    private PersonState? ObjectOf(Block block, int verb) =>
        block.Mentions.FirstOrDefault(m => m.Start > verb && m.Start - verb <= 8
            && block.Tokens.Skip(verb + 1).Take(m.Start - verb - 1).All(t => t.IsCapitalized || t.Is(".")))?.Person;

    /// <summary>"recalled the words of X", "X, who once said": X's words reach the event through someone else.</summary>
    private bool IsReportedSpeech(Block block, Mention mention)
    {
        var token = block.Tokens[mention.Start];
        var sentence = block.Tokens.Where(t => t.Sentence == token.Sentence).ToList();
        var before = TextFolding.Fold(block.Text[Math.Max(sentence[0].Start, token.Start - 60)..token.Start]);
        var end = block.Tokens[mention.End].End;
        var after = TextFolding.Fold(block.Text[end..Math.Max(end, Math.Min(sentence[^1].End, end + 30))]).TrimStart(',', ' ');
        return lexicon.QuoteCuesBefore.Any(cue => before.Contains(cue, StringComparison.Ordinal))
               || lexicon.QuoteCuesAfter.Any(cue => after.StartsWith(cue, StringComparison.Ordinal));
    }

    /// <summary>"The event saw the presence of X" or "X was also present": the sentence places the person at the event.</summary>
    private bool IsAttendance(Block block, Mention mention)
    {
        var token = block.Tokens[mention.Start];
        var sentence = block.Tokens.Where(t => t.Sentence == token.Sentence).ToList();
        var before = TextFolding.Fold(block.Text[sentence[0].Start..token.Start]);
        if (lexicon.AttendanceCues.Any(cue => before.Contains(cue, StringComparison.Ordinal)))
        {
            return true;
        }

        var nextMention = block.Mentions.Where(m => m.Start > mention.End && block.Tokens[m.Start].Sentence == token.Sentence).Select(m => block.Tokens[m.Start].Start).DefaultIfEmpty(sentence[^1].End).Min();
        var after = TextFolding.Fold(block.Text[block.Tokens[mention.End].End..nextMention]);
        return lexicon.AttendanceCuesAfter.Any(cue => after.Contains(cue, StringComparison.Ordinal));
    }

    /// <summary>
    /// A paragraph framed by statements of one speaker continues that speaker's speech; captions
    /// are never statements and do not break the frame.
    /// </summary>
    private static SortedDictionary<int, PersonState> FrameContinuations(List<Block> blocks, Dictionary<int, PersonState> attributions)
    {
        var statements = new SortedDictionary<int, PersonState>(attributions);
        var paragraphs = blocks.Where(b => b.Paragraph is not null).Select(b => b.Paragraph!.Value).ToList();
        int? lastIndex = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!attributions.TryGetValue(paragraphs[i], out var speaker))
            {
                continue;
            }

            if (lastIndex is { } previous && attributions[paragraphs[previous]] == speaker)
            {
                for (var gap = previous + 1; gap < i; gap++)
                {
                    statements[paragraphs[gap]] = speaker;
                }
            }

            lastIndex = i;
        }

        return statements;
    }

    private static Part Strongest(Part a, Part b) => a < b ? a : b;

    private Gender NameGender(string key)
    {
        var words = key.Split(' ');
        var middle = words.Length > 2 ? words[1..^1] : [];
        return middle.Any(lexicon.FemaleNameMarkers.Contains) ? Gender.Female
            : middle.Any(lexicon.MaleNameMarkers.Contains) ? Gender.Male
            : Gender.Unknown;
    }

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

    // ---- event, anniversary, moments ----------------------------------------------------------

    private ExtractedEvent? ReadEvent(ParsedArticle article, List<Block> blocks)
    {
        var candidates = new List<string>();
        if (article.Standfirst is not null)
        {
            candidates.Add(article.Standfirst);
        }

        candidates.AddRange(blocks.Where(b => b.Paragraph is not null).Take(3).Select(b => b.Text));

        // "gathered at a ceremony": a noun anywhere in the lead names the kind before any verb does.
        foreach (var words in new[] { lexicon.EventKinds, lexicon.EventVerbs })
        {
            if (ReadEvent(article, candidates, words) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private ExtractedEvent? ReadEvent(ParsedArticle article, List<string> candidates, IReadOnlyDictionary<string, string> kindWords)
    {
        foreach (var text in candidates)
        {
            var kind = FirstEventWord(TextFolding.Fold(text), kindWords);
            if (kind.Value is null)
            {
                continue;
            }

            var rest = text[Math.Min(kind.Index, text.Length)..];
            var placeMatch = EventPlace().Match(rest);
            var place = placeMatch.Success ? placeMatch.Groups["place"].Value : article.Place;
            if (place is null)
            {
                continue;
            }

            var date = EventDate(rest, article.Date) ?? article.Date;
            var anniversary = candidates.Select(ReadAnniversary).FirstOrDefault(a => a is not null);
            return new ExtractedEvent(kind.Value, place, lexicon.PlaceKey(place), date, anniversary);
        }

        return null;
    }

    private static (string? Value, int Index) FirstEventWord(string folded, IReadOnlyDictionary<string, string> words) =>
        words.Select(pair => ((string?)pair.Value, Index: WholeWordIndex(folded, pair.Key)))
            .Where(found => found.Index >= 0)
            .OrderBy(found => found.Index)
            .FirstOrDefault();

    private static int WholeWordIndex(string folded, string word)
    {
        for (var index = folded.IndexOf(word, StringComparison.Ordinal); index >= 0; index = folded.IndexOf(word, index + 1, StringComparison.Ordinal))
        {
            var startOk = index == 0 || !char.IsLetter(folded[index - 1]);
            var end = index + word.Length;
            var endOk = end == folded.Length || !char.IsLetter(folded[end]);
            if (startOk && endOk)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>"on January 7" in a report dated 2024-01-07 is 2024-01-07: a day without a year is read as the dates of the text are.</summary>
    private static DateOnly? EventDate(string text, DateOnly reportDate)
    {
        var match = EventDay().Match(text);
        if (!match.Success)
        {
            return null;
        }

        if (!match.Groups["year"].Success)
        {
            return DateMentions.NearestDay(reportDate, match.Groups["month"].Value, match.Groups["day"].Value);
        }

        return DateMentions.TryDate(match.Groups["year"].Value, match.Groups["month"].Value, match.Groups["day"].Value, out var date) ? date : null;
    }

    private static ExtractedAnniversary? ReadAnniversary(string text)
    {
        var match = AnniversaryOrdinal().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var ordinal = int.Parse(match.Groups["ordinal"].Value);
        var sentenceEnd = text.IndexOfAny(['.', '!', '?'], match.Index + match.Length);
        var rest = text[(match.Index + match.Length)..(sentenceEnd < 0 ? text.Length : sentenceEnd)];
        var of = DateMentions.Find(rest).FirstOrDefault(d => d.Precision != DatePrecision.Year) ?? DateMentions.Find(rest).FirstOrDefault();
        return new ExtractedAnniversary(ordinal, of?.Date, of?.Precision ?? DatePrecision.Year);
    }

    private List<ExtractedMoment> ReadMoments(List<Block> blocks, SortedDictionary<int, PersonState> statements)
    {
        var moments = new List<ExtractedMoment>();
        foreach (var block in blocks.Where(b => b.Paragraph is null || !statements.ContainsKey(b.Paragraph.Value)))
        {
            foreach (var sentence in SentenceSplit().Split(block.Text).Where(s => s.Trim().Length > 0))
            {
                var folded = TextFolding.Fold(sentence);
                var labels = lexicon.MomentCues
                    .Where(cue => WholeWordPrefixIndex(folded, cue.Cue) >= 0)
                    .Select(cue => cue.Label)
                    .Distinct()
                    .ToList();
                if (labels.Count > 0)
                {
                    moments.Add(new ExtractedMoment(string.Join(", ", labels), sentence.Trim(), block.Paragraph, block.Position));
                }
            }
        }

        return moments;
    }

    private static int WholeWordPrefixIndex(string folded, string cue)
    {
        for (var index = folded.IndexOf(cue, StringComparison.Ordinal); index >= 0; index = folded.IndexOf(cue, index + 1, StringComparison.Ordinal))
        {
            if (index == 0 || !char.IsLetter(folded[index - 1]))
            {
                return index;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\b(?:in|at)\s+(?:the\s+(?:capital|city|province)\s+(?:of\s+)?)?(?<place>\p{Lu}[\p{L}\p{M}]*(?:(?:\s+|\s*-\s*)\p{Lu}[\p{L}\p{M}]*){0,3})")]
    private static partial Regex EventPlace();

    [GeneratedRegex(@"\bon\s+(?:\p{L}+day,?\s+)?(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)\s+(?<day>\d{1,2})|(?<day>\d{1,2})\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December))(?:,?\s+(?<year>\d{4}))?")]
    private static partial Regex EventDay();

    [GeneratedRegex(@"\b(?<ordinal>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnniversaryOrdinal();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceSplit();

    private sealed class Block(string text, int? paragraph, int position, List<Token> tokens)
    {
        public string Text { get; } = text;

        public int? Paragraph { get; } = paragraph;

        public int Position { get; } = position;

        public List<Token> Tokens { get; } = tokens;

        public List<Mention> Mentions { get; } = [];
    }

    private sealed record Mention(PersonState Person, int Start, int End);

    private enum Gender
    {
        Unknown,
        Male,
        Female,
    }

    private sealed class PersonState(string name, string key, int firstSeen)
    {
        public string Name { get; } = name;

        public string Key { get; } = key;

        public int FirstSeen { get; } = firstSeen;

        public int LastSeen { get; set; }

        /// <summary>Every distinct role the article gives; the fullest one is the person's role here.</summary>
        public List<string> Roles { get; } = [];

        public string? Role => Roles.MaxBy(r => r.Length);

        public Gender Gender { get; set; }

        public Part Part { get; set; } = Part.Mentioned;
    }
}

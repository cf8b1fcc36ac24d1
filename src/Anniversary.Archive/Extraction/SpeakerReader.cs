using Anniversary.Archive.Model;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// Reads who says each paragraph: the subject of a speech verb (a name, a pronoun, a name with its
/// appositive, a role after "the", or a name after the verb), then the paragraphs framed by one speaker's statements.
/// </summary>
internal sealed class SpeakerReader(Lexicon lexicon, RoleReader roles)
{
    private static readonly HashSet<string> Adverbs = ["also", "further", "then", "again", "once", "later", "too", "all", "both", "repeatedly"];
    private static readonly HashSet<string> InterjectionOpenings = ["for", "on", "in", "as", "at", "with", "like", "during", "after", "in turn", "of", "from"];
    private static readonly HashSet<string> CoordinatingWords = ["then", "and", "but"];

    /// <summary>"read out a message from X, calling on …": the words are the message's, not the reader's.</summary>
    private static readonly HashSet<string> MessageNouns = ["message", "letter", "messages", "letters"];

    /// <summary>"…, said Samdech Techo Hun Sen on the occasion.": a phrase after the name that ends the sentence.</summary>
    private static readonly HashSet<string> TrailingPrepositions = ["on", "at", "in", "during"];
    private static readonly HashSet<string> TimeClauseOpenings = ["as", "while", "when", "before", "after"];
    private static readonly HashSet<string> PassiveAuxiliaries = ["be", "been", "being", "was", "were", "is", "are"];
    private const int MaxFrameTokens = 12;
    private const int MaxInterjectionTokens = 10;
    private const int MaxQualifiers = 3;

    /// <summary>
    /// How a phrase describing a person opens: "a survivor", "the widow of …", "one of the …", "now 80", "aged 80", "himself a …",
    /// "then a young soldier", "whose father was …", "known to his comrades as “…”"; a participle ("holding a photo of her
    /// father") opens one too.
    /// </summary>
    private static readonly HashSet<string> DescriptionOpenings =
        ["a", "an", "the", "one", "now", "aged", "himself", "herself", "once", "then", "formerly", "also", "still", "whose", "known"];

    /// <summary>
    /// The speaker of each body paragraph that has one, by paragraph number, and the others who speak in a paragraph too
    /// ("X and Y said", "X said …, while Y said …"); speakers and those they quote get their part.
    /// </summary>
    public SpokenParagraphs ReadStatements(ExtractionContext context)
    {
        var attributions = new Dictionary<int, PersonState>();
        var others = new List<(int Paragraph, PersonState Speaker)>();
        var speakers = new List<PersonState>();
        Block? previous = null;
        foreach (var block in context.Blocks.Where(b => b.Paragraph is not null))
        {
            var tokens = block.Tokens;
            var attributedAt = -1;
            for (var v = 0; v < tokens.Count; v++)
            {
                var framed = FramedSpeaker(block, v, speakers, context) ?? ParticipleSpeaker(block, v, speakers, context) ?? WordsWithoutVerb(block, v, speakers, context);
                if (framed is null && (!lexicon.IsSpeechVerbAt(tokens, v) || InsideQuotation(block, v)))
                {
                    // "“Meas Sokhon and Trần Thị Lan told us to run,” recalled X": a verb in the words reported is not who speaks here.
                    continue;
                }

                foreach (var mention in block.Mentions.Where(m => m.End < v))
                {
                    context.See(mention.Person);
                }

                var speaker = framed ?? SubjectOf(block, v, speakers, context.People.Values, previous);
                if (speaker is null)
                {
                    continue;
                }

                speaker.Part = Part.Speaker;
                if (speaker.Gender == Gender.Unknown && ReportedSubjectGender(block, v) is { } gender)
                {
                    speaker.Gender = gender;
                }

                speakers.Remove(speaker);
                speakers.Add(speaker);
                var paragraph = block.Paragraph!.Value;
                if (attributions.TryAdd(paragraph, speaker))
                {
                    attributedAt = v;
                }
                else if (framed is null && attributions[paragraph] != speaker && tokens[attributedAt].Sentence == tokens[v].Sentence && WhoClauseOwner(block, v) == speaker)
                {
                    // "X thanked Y, who said …": what the paragraph reports is Y's.
                    attributions[paragraph] = speaker;
                }
                else if (attributions[paragraph] != speaker && SpeaksApart(block, attributedAt, v, speaker))
                {
                    others.Add((paragraph, speaker));
                }

                foreach (var partner in CoordinatedSpeakers(block, v, speaker))
                {
                    // "X and Y said", "X and Vietnamese Consul Y both said", "X, Y and Z said": all speak, whichever of them a frame gave
                    // the paragraph to ("Speaking to reporters, X and Y said").
                    partner.Part = Part.Speaker;
                    others.Add((paragraph, partner));
                    others.Add((paragraph, speaker));
                }

                speaker.LastSpokeIn = block.Paragraph;

                if (tokens[v].Folded == "quoted" && ObjectOf(block, v) is { } quoted && quoted != speaker)
                {
                    quoted.Part = PartReader.Strongest(quoted.Part, Part.Quoted);
                }
            }

            if (block.Mentions.Count > 0)
            {
                previous = block;
            }
        }

        var speakersOf = FrameContinuations(context.Blocks, QuotesRunningOn(context.Blocks, attributions));
        InterviewAnswers(context.Blocks, speakersOf);
        return new SpokenParagraphs(speakersOf, others.Where(o => speakersOf.GetValueOrDefault(o.Paragraph) != o.Speaker).Distinct().ToList());
    }

    /// <summary>
    /// "X said …, while Y said …", "X said …, but Y disagreed, saying …", "X said … . Y, for his part, recalled …": a second person
    /// named as the subject of a speech verb in another sentence of the paragraph, or in a clause set apart by "while", "whereas",
    /// "but" or a semicolon; not inside a quotation.
    /// </summary>
    private bool SpeaksApart(Block block, int attributedAt, int verb, PersonState speaker)
    {
        var tokens = block.Tokens;
        if (!NamedInSentence(block, speaker, tokens[verb].Sentence) || ReportedBySomeoneAfter(tokens, verb))
        {
            return false;
        }

        if (tokens[attributedAt].Sentence != tokens[verb].Sentence)
        {
            return true;
        }

        for (var k = attributedAt + 1; k < verb; k++)
        {
            if (tokens[k].Is(";") || (tokens[k].IsLower && tokens[k].Folded is "while" or "whereas" or "but" && tokens[k - 1].Is(",")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamedInSentence(Block block, PersonState person, int sentence)
    {
        foreach (var mention in block.Mentions)
        {
            if (mention.Person == person && block.Tokens[mention.Start].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Y told him to hide in the rice field, he said.": the sentence closes by naming who reports it.</summary>
    private bool ReportedBySomeoneAfter(List<Token> tokens, int verb)
    {
        for (var k = verb + 1; k + 1 < tokens.Count && tokens[k].Sentence == tokens[verb].Sentence; k++)
        {
            if (tokens[k].Is(",") && (lexicon.IsSpeechVerbAt(tokens, k + 1) || (k + 2 < tokens.Count && lexicon.IsSpeechVerbAt(tokens, k + 2))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuoteMark(Token token) => token.Is("“") || token.Is("”") || token.Is("\"");

    /// <summary>
    /// Whether the token at <paramref name="index"/> stands inside quotation marks: opened before it, or, in a paragraph that closes a
    /// quote opened in the one before, up to its first closing mark.
    /// </summary>
    private static bool InsideQuotation(Block block, int index)
    {
        var tokens = block.Tokens;
        var (curly, straight) = (ClosesQuote(block.Text) ? 1 : 0, 0);
        for (var k = 0; k < index; k++)
        {
            if (tokens[k].Is("“"))
            {
                curly++;
            }
            else if (tokens[k].Is("”"))
            {
                curly = Math.Max(0, curly - 1);
            }
            else if (tokens[k].Is("\""))
            {
                straight++;
            }
        }

        return curly > 0 || straight % 2 == 1;
    }

    /// <summary>
    /// "X and Y said", "Veterans X and Y both recalled", "X and Deputy Minister of Foreign Affairs Y said", "X, a farmer, and Y, a
    /// teacher, said", "X and her father Y said", "X and Governor Y laid wreaths and said", "…,” said former fighters X and Y.": the
    /// one joined by "and" to the speaker named as the subject (before the verb, or right after it), and those listed before that
    /// one ("X, Y and Z said").
    /// </summary>
    private IReadOnlyList<PersonState> CoordinatedSpeakers(Block block, int verb, PersonState speaker)
    {
        var tokens = block.Tokens;
        var sentence = tokens[verb].Sentence;
        var mentions = block.Mentions;
        for (var i = 0; i < mentions.Count; i++)
        {
            var named = mentions[i];
            if (named.Person != speaker || tokens[named.Start].Sentence != sentence)
            {
                continue;
            }

            // The partner before: "X and Y said", "X, a farmer, and Y, a teacher, said", "X of the Tây Ninh People’s Committee and Y said";
            // not "The governor thanked X, a survivor, and Y recalled": past a description, X must open the clause.
            var and = AndBefore(tokens, named.Start);
            if (and > 0 && i > 0 && mentions[i - 1] is var first && first.End < and && tokens[first.Start].Sentence == sentence && first.Person != speaker
                && ((PastDescription(block, first.End) == and && (AfterName(tokens, first.End) == and || OpensClause(tokens, first.Start)))
                    || roles.NamedBeforeBody(block, and - 1)?.Person == first.Person))
            {
                return ListedBefore(block, i - 1) is { } listed ? [first.Person, .. listed] : [first.Person];
            }

            // The partner after: "X and Governor Y laid wreaths and said", "…,” said fighters X and Y.".
            and = PastDescription(block, named.End);
            if (and < tokens.Count && tokens[and].IsLower && tokens[and].Folded == "and" && i + 1 < mentions.Count && mentions[i + 1] is var next
                && next.Start > and && next.Person != speaker && AndBefore(tokens, next.Start) == and
                && (next.End < verb || EndsClause(tokens, next.End, AfterName(tokens, next.End))))
            {
                return [next.Person];
            }
        }

        return [];
    }

    /// <summary>
    /// "X, Y and Z said": the people listed before the one at <paramref name="index"/> in <see cref="Block.Mentions"/>, each followed by
    /// a comma (a title may stand before the next), when the list opens its clause; else null.
    /// </summary>
    private List<PersonState>? ListedBefore(Block block, int index)
    {
        var (tokens, mentions) = (block.Tokens, block.Mentions);
        List<PersonState>? listed = null;
        var head = index;
        while (head > 0 && mentions[head - 1] is var earlier && tokens[earlier.Start].Sentence == tokens[mentions[head].Start].Sentence
               && earlier.Person != mentions[head].Person && CommaBefore(tokens, mentions[head].Start) == earlier.End + 1)
        {
            (listed ??= []).Add(earlier.Person);
            head--;
        }

        return listed is not null && OpensClause(tokens, mentions[head].Start) ? listed : null;
    }

    /// <summary>The comma before a name that starts at <paramref name="start"/>, past a title; else -1.</summary>
    private int CommaBefore(List<Token> tokens, int start)
    {
        var k = start - 1;
        while (k > 0 && start - k <= MaxTitleTokens && !tokens[k].Is(",") && tokens[k].Folded != "and" && InTitle(tokens[k]))
        {
            k--;
        }

        return k >= 0 && tokens[k].Is(",") ? k : -1;
    }

    /// <summary>
    /// The "and" before a name that starts at <paramref name="start"/>, past a title ("and Consul Y", "and Maj. Gen. Y", "and Deputy
    /// Minister of Foreign Affairs Y", "and Snuol district governor Y") or a relation ("and her father Y", "and his wife, Y"); else -1.
    /// </summary>
    private int AndBefore(List<Token> tokens, int start)
    {
        var and = start - 1;
        if (and > 0 && tokens[and].Is(","))
        {
            and--;
        }

        while (and > 0 && start - and <= MaxTitleTokens && tokens[and].Folded != "and" && InTitle(tokens[and]))
        {
            and--;
        }

        // "and her father Y", "and his wife, Y": a relation between the "and" and the name, unless the "and" is found already.
        if (and > 0 && tokens[and].Folded != "and")
        {
            for (var relation = and; relation > 0 && and - relation <= MaxQualifiers && tokens[relation].IsWord; relation--)
            {
                if (tokens[relation].Folded is "his" or "her" or "their")
                {
                    and = relation - 1;
                    break;
                }
            }
        }

        return and > 0 && tokens[and].IsLower && tokens[and].Folded == "and" ? and : -1;
    }

    private const int MaxTitleTokens = 8;

    /// <summary>A word of a title or a description before a name: "Deputy", "Maj.", "district governor", "of", "fighters".</summary>
    private bool InTitle(Token token) =>
        token.IsCapitalized || token.Is(".") || IsLowerRoleWord(token)
        || (token.IsLower && (RoleReader.Connectors.Contains(token.Folded) || IsPersonWord(token)));

    /// <summary>Whether the name at <paramref name="start"/>, with any title before it, opens its sentence or follows a comma.</summary>
    private bool OpensClause(List<Token> tokens, int start)
    {
        var k = start - 1;
        while (k >= 0 && start - k <= MaxTitleTokens && tokens[k].Sentence == tokens[start].Sentence && tokens[k].Folded != "and" && InTitle(tokens[k]))
        {
            k--;
        }

        return k < 0 || tokens[k].Sentence != tokens[start].Sentence || tokens[k].Is(",");
    }

    /// <summary>A noun for a person, or its plural: "veteran", "fighters".</summary>
    private bool IsPersonWord(Token token) => lexicon.PersonWordsAndPlurals.Contains(token.Folded);

    /// <summary>
    /// The token after a name that ends at <paramref name="nameEnd"/>, or the "and" after a description set off by commas ("X, 70, a
    /// rice farmer, and", "X, who drove trucks in 1979, and"): one that names no one else and reports no speech.
    /// </summary>
    private int PastDescription(Block block, int nameEnd)
    {
        var tokens = block.Tokens;
        var next = AfterName(tokens, nameEnd);
        if (next >= tokens.Count || !tokens[next].Is(","))
        {
            return next;
        }

        for (var k = next + 1; k + 1 < tokens.Count && k - next <= RoleReader.MaxDescriptionTokens && tokens[k].Sentence == tokens[nameEnd].Sentence; k++)
        {
            if (lexicon.IsSpeechVerbAt(tokens, k) || MentionAt(block, k) is not null)
            {
                return next;
            }

            if (tokens[k].Is(",") && k > next + 1 && tokens[k + 1].IsLower && tokens[k + 1].Folded == "and")
            {
                return k + 1;
            }
        }

        return next;
    }

    /// <param name="previous">
    /// The last body paragraph before that names someone (those between name no one), for a pronoun that closes a quote
    /// opening this one.
    /// </param>
    private PersonState? SubjectOf(Block block, int verb, List<PersonState> speakers, IEnumerable<PersonState> people, Block? previous)
    {
        var tokens = block.Tokens;
        if (WhoClauseOwner(block, verb) is { } owner)
        {
            return owner;
        }

        var opening = Tokenizer.SentenceStart(tokens, verb);

        if (opening + 2 < verb && tokens[opening].Folded is "a" or "the" && MessageNouns.Contains(tokens[opening + 1].Folded) && tokens[opening + 2].Folded == "from")
        {
            // "A letter from President X, read out by Governor Y, said …": the letter's words, neither its sender's speech here nor its reader's.
            return null;
        }

        if (verb > 1 && tokens[verb - 1].IsLower && CoordinatingWords.Contains(tokens[verb - 1].Folded) && SentenceSubject(block, verb) is { } subject)
        {
            // "X read a message …, then recalled how …", "X declined to speak about his past but said …": the sentence's subject speaks.
            return subject;
        }

        var k = SkipAdverbs(tokens, verb - 1);
        if (k >= 0 && tokens[k].IsLower && PassiveAuxiliaries.Contains(tokens[k].Folded))
        {
            // "X was also quoted by the provincial newspaper as saying …": X's words; any other passive ("was praised") is not speech.
            // Lower case only: "Bé said" is Lý Thị Bé speaking.
            if (tokens[verb].Folded != "quoted")
            {
                return null;
            }

            k = SkipAdverbs(tokens, k - 1);
        }

        if (k < 0)
        {
            return null;
        }

        k = BeforeParenthesis(tokens, k);
        if (k > 0 && tokens[k].Is(".") && block.Mentions.Any(m => m.End == k - 1))
        {
            // "X Sr. said", "Colonel X (retd.) said": the name ends with an abbreviation's point.
            k--;
        }

        if (k > 0 && tokens[k].IsLower && lexicon.SpeechNouns.Contains(tokens[k].Folded)
            && block.Mentions.FirstOrDefault(m => m.End == k - 1) is { } writer && tokens[k - 1].IsPossessive)
        {
            // "X’s speech highlighted …": X's words.
            return writer.Person;
        }

        if (block.Mentions.FirstOrDefault(m => m.End == k) is { } direct)
        {
            // "The wife of X said", "A representative of Governor X said": the one who speaks is not named; "…, a day after
            // Prime Minister X told a rally that …": what X said on another occasion, not at this one.
            return OfSomeoneElse(block, direct) || OnAnotherOccasion(block, direct) ? null : direct.Person;
        }

        if (tokens[k].IsWord && lexicon.Pronouns.TryGetValue(tokens[k].Folded, out var pronoun))
        {
            // "Other veterans nodded as he spoke": when he spoke, not what he said.
            if (tokens[verb].Folded == "spoke" && k > 0 && tokens[k - 1].IsLower && TimeClauseOpenings.Contains(tokens[k - 1].Folded))
            {
                return null;
            }

            return PronounReferent(pronoun, speakers, block, k, people, previous);
        }

        k = BeforeInterjection(tokens, k);
        if (k >= 2 && tokens[k].Kind == TokenKind.Number && tokens[k - 1].Is(",") && tokens[k + 1].Is(","))
        {
            // "Veteran X, 71, from Đông Anh district, told": the age between the name and the phrase.
            k -= 2;
        }

        if (block.Mentions.FirstOrDefault(m => m.End == k) is { } interrupted)
        {
            return interrupted.Person;
        }

        if (k > 1 && (tokens[k].Is("”") || tokens[k].Is("\"")) && (tokens[k - 1].Is("’") || tokens[k - 1].Is("'")) && tokens[k - 2].Is(","))
        {
            // "“My mother kept saying, ‘They give us water,’” said X": a quotation inside the quotation closes with it.
            k--;
        }

        if (k > 0 && (tokens[k].Is("”") || tokens[k].Is("\"") || tokens[k].Is("’") || tokens[k].Is("'")) && tokens[k - 1].Is(","))
        {
            k--;
        }

        if (tokens[k].Is(","))
        {
            // "X, a friend of Y, said": X, described, not Y.
            foreach (var mention in block.Mentions)
            {
                var after = AfterName(tokens, mention.End);
                if (after < k && tokens[after].Is(",") && DescribedBetweenCommas(block, after - 1, k))
                {
                    return mention.Person;
                }
            }

            // "Head of the Cambodian delegation, Prey Veng Deputy Governor Ouk Vannak, thanked": the name itself is set off.
            if (k > 0 && block.Mentions.FirstOrDefault(m => m.End == k - 1) is { } setOff && SetOffBetweenCommas(tokens, setOff.Start))
            {
                return setOff.Person;
            }

            var appositive = block.Mentions.LastOrDefault(m =>
                m.End + 2 < k && tokens[m.End + 1].Is(",") && tokens[m.End].Sentence == tokens[k].Sentence);
            if (appositive is not null && (roles.Appositive(block, appositive.End) is not null || OpensRelativeClause(tokens, appositive.End)))
            {
                return appositive.Person;
            }

            // "…, said Deputy PM Khai.", "…, recalled 80-year-old X."
            var inverted = block.Mentions.FirstOrDefault(m => m.Start > verb && m.Start - verb <= 16
                && tokens.Skip(verb + 1).Take(m.Start - verb - 1).All(t => roles.IsRoleWord(t) || t.IsCapitalized || t.Is(",") || t.Is("-") || t.Is(".")
                    || t.Kind == TokenKind.Number || t.Folded == "year-old"
                    || (t.IsLower && (RoleReader.Connectors.Contains(t.Folded) || lexicon.RoleLowercaseWords.Contains(t.Folded) || IsPersonWord(t))))
                && (EndsClause(tokens, m.End, Tokenizer.AfterParenthesis(tokens, m.End + 1)) || CoordinatedSpeakers(block, verb, m.Person).Count > 0));
            return inverted?.Person ?? RelativeAfterVerb(block, verb) ?? AgedAfterVerb(tokens, verb, people, previous) ?? DescribedAfterVerb(tokens, verb, people);
        }

        // "Researcher X of the Documentation Center of Cambodia said": the name before the body the person works for.
        return Aged(tokens, k, people) ?? DescribedHolder(tokens, k, people) ?? roles.HolderOf(block, k, people) ?? roles.NamedBeforeBody(block, k)?.Person;
    }

    /// <summary>
    /// "X, a survivor, said", "X, the widow of a soldier, told", "X, now 80, recalled", "X, holding a photo, said": one phrase about the person
    /// between the comma after the name and the comma before the verb at <paramref name="comma"/>, opening as a
    /// description does, with no speech in it ("X, a friend of Y, said" is X's). Not a post, so not a role; but the person speaks.
    /// </summary>
    private bool DescribedBetweenCommas(Block block, int nameEnd, int comma)
    {
        var tokens = block.Tokens;
        var first = nameEnd + 2;
        if (first >= comma || comma - first > RoleReader.MaxDescriptionTokens || !tokens[first].IsLower
            || !(DescriptionOpenings.Contains(tokens[first].Folded) || tokens[first].Folded.EndsWith("ing", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var k = first; k < comma; k++)
        {
            if (tokens[k].Sentence != tokens[nameEnd].Sentence || (tokens[k].Kind == TokenKind.Punctuation && !tokens[k].Is("-") && !IsQuoteMark(tokens[k]))
                || lexicon.IsSpeechVerbAt(tokens, k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"X (pictured) said", "X (second left) told": the token before a short parenthesis that ends at <paramref name="k"/>.</summary>
    private static int BeforeParenthesis(List<Token> tokens, int k)
    {
        if (k < 0 || !tokens[k].Is(")"))
        {
            return k;
        }

        for (var open = k - 1; open > 0 && k - open <= Tokenizer.MaxParenthesisTokens && tokens[open].Sentence == tokens[k].Sentence; open--)
        {
            if (tokens[open].Is("("))
            {
                return open - 1;
            }
        }

        return k;
    }

    /// <summary>"a day after Prime Minister X told …", "before X said …": the subject, with any title, right after "after" or "before".</summary>
    private bool OnAnotherOccasion(Block block, Mention mention)
    {
        var tokens = block.Tokens;
        var k = mention.Start - 1;
        while (k >= 0 && mention.Start - k <= MaxQualifiers + 2 && tokens[k].IsCapitalized && roles.IsRoleWord(tokens[k]))
        {
            k--;
        }

        return k >= 0 && tokens[k].IsLower && tokens[k].Folded is "after" or "before" or "since";
    }

    /// <summary>The token after a name that ends at <paramref name="nameEnd"/>, past an abbreviation's point ("X Sr.") and a short parenthesis ("X (retd.)").</summary>
    private static int AfterName(List<Token> tokens, int nameEnd)
    {
        var next = nameEnd + 1;
        if (next < tokens.Count && tokens[next].Is(".") && tokens[next].Sentence == tokens[nameEnd].Sentence)
        {
            next++;
        }

        return Tokenizer.AfterParenthesis(tokens, next);
    }

    /// <summary>
    /// "…,” said X’s widow, Y, who …": a relative of someone named, then the relative's own name between commas, speaks.
    /// </summary>
    private PersonState? RelativeAfterVerb(Block block, int verb)
    {
        var tokens = block.Tokens;
        if (block.Mentions.FirstOrDefault(m => m.Start == verb + 1) is not { } owner || !tokens[owner.End].IsPossessive
            || owner.End + 3 >= tokens.Count || !tokens[owner.End + 1].IsLower || !lexicon.PersonWords.Contains(tokens[owner.End + 1].Folded)
            || !tokens[owner.End + 2].Is(","))
        {
            return null;
        }

        return block.Mentions.FirstOrDefault(m => m.Start == owner.End + 3)?.Person;
    }

    /// <summary>
    /// "…,” said the 82-year-old, who …": the one of that age, else the one person the paragraph before named.
    /// </summary>
    private static PersonState? AgedAfterVerb(List<Token> tokens, int verb, IEnumerable<PersonState> people, Block? previous)
    {
        var yearOld = verb + 4;
        if (yearOld >= tokens.Count || tokens[verb + 1].Folded != "the" || tokens[yearOld].Folded != "year-old")
        {
            return null;
        }

        return Aged(tokens, yearOld, people)
               ?? (previous?.Mentions.Select(m => m.Person).Distinct().ToList() is [var named] ? named : null);
    }

    /// <summary>"…,” said the former navy engineer.": the one described with that noun, as "the survivor said" is read.</summary>
    private PersonState? DescribedAfterVerb(List<Token> tokens, int verb, IEnumerable<PersonState> people)
    {
        if (verb + 2 >= tokens.Count || tokens[verb + 1].Folded != "the")
        {
            return null;
        }

        for (var noun = verb + 2; noun < tokens.Count && noun - verb <= MaxQualifiers + 2 && tokens[noun].IsLower; noun++)
        {
            if (lexicon.PersonWords.Contains(tokens[noun].Folded) && EndsClause(tokens, noun, noun + 1))
            {
                return DescribedHolder(tokens, noun, people);
            }
        }

        return null;
    }

    /// <summary>The name ending at <paramref name="nameEnd"/> ends its clause at <paramref name="next"/>: the sentence's end, a comma, or a phrase of time or place.</summary>
    private static bool EndsClause(List<Token> tokens, int nameEnd, int next) =>
        next >= tokens.Count || tokens[next].Sentence != tokens[nameEnd].Sentence || tokens[next].Is(".") || tokens[next].Is(",")
        || (tokens[next].IsLower && TrailingPrepositions.Contains(tokens[next].Folded));

    private static int SkipAdverbs(List<Token> tokens, int k)
    {
        while (k >= 0 && tokens[k].IsLower && (Adverbs.Contains(tokens[k].Folded) || tokens[k].Folded.EndsWith("ly", StringComparison.Ordinal)))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// "Among the first visitors was X, 71, a former signalman, who said …", "X, a deputy director, who declined to give a
    /// speech but said …": the person the relative clause is about speaks. "who once said" / "who had said" stay quotations.
    /// </summary>
    private static PersonState? WhoClauseOwner(Block block, int verb)
    {
        var tokens = block.Tokens;
        var who = verb - 1;
        if (who >= 0 && tokens[who].IsLower && tokens[who].Folded is "but" or "and")
        {
            do
            {
                who--;
            }
            while (who >= 0 && verb - who <= MaxInterjectionTokens + 4 && tokens[who].IsLower && tokens[who].Folded != "who");
        }

        if (who < 1 || !tokens[who].IsLower || tokens[who].Folded != "who" || !tokens[who - 1].Is(","))
        {
            return null;
        }

        return block.Mentions.LastOrDefault(m => m.End < who - 1 && tokens[m.End].Sentence == tokens[who].Sentence && tokens[m.End + 1].Is(","))?.Person;
    }

    /// <summary>
    /// "X described how she had carried …", "X said he had …", "X said … the young generation in her country …": the first
    /// pronoun of the words reported is the speaker's, unless another person or title is named before it.
    /// </summary>
    private Gender? ReportedSubjectGender(Block block, int verb)
    {
        var tokens = block.Tokens;
        var nextMention = block.Mentions.FirstOrDefault(m => m.Start > verb)?.Start ?? tokens.Count;
        for (var k = verb + 1; k < nextMention && tokens[k].Sentence == tokens[verb].Sentence; k++)
        {
            var token = tokens[k];
            if (token.Is("“") || token.Is("\"") || token.IsCapitalized || (roles.IsRoleWord(token) && token.Folded != "the")
                || (token.IsLower && lexicon.PersonNouns.Contains(token.Folded)))
            {
                return null;
            }

            if (token.IsLower && (lexicon.Pronouns.TryGetValue(token.Folded, out var pronoun) || lexicon.ObjectPronouns.TryGetValue(token.Folded, out pronoun)))
            {
                return pronoun == "female" ? Gender.Female : Gender.Male;
            }

            if (token.IsLower && token.Folded == "his")
            {
                return Gender.Male;
            }
        }

        return null;
    }

    /// <summary>
    /// "“…,” the survivor said", "the elderly widow recalled": "the", a few words, and a noun for a person that described
    /// someone named before it ("X, a survivor of the regime,"): the one of them read last.
    /// </summary>
    private PersonState? DescribedHolder(List<Token> tokens, int k, IEnumerable<PersonState> people)
    {
        if (k < 1 || !tokens[k].IsLower || !lexicon.PersonWords.Contains(tokens[k].Folded) || !AfterTheAndQualifiers(tokens, k))
        {
            return null;
        }

        // The one described with that noun; for a noun of a life ("the veteran", "the widow"), else the one whose life
        // the report told after the name ("X, 76, …", "X, who fought …", "X, whose husband fell …").
        var noun = tokens[k].Folded;
        var isLife = lexicon.LifeNouns.Contains(noun);
        PersonState? described = null, lived = null;
        foreach (var person in people)
        {
            if (person.DescribedAs.Contains(noun) && (described is null || person.LastSeen > described.LastSeen))
            {
                described = person;
            }

            if (isLife && person.DescribedByLife && (lived is null || person.LastSeen > lived.LastSeen))
            {
                lived = person;
            }
        }

        return described ?? lived;
    }

    /// <summary>"the survivor", "the old tank driver": "the" and at most <see cref="MaxQualifiers"/> lower-case words before the noun at <paramref name="k"/>.</summary>
    private static bool AfterTheAndQualifiers(List<Token> tokens, int k)
    {
        for (var j = k - 1; j >= 0 && k - j <= MaxQualifiers + 1; j--)
        {
            if (tokens[j].Folded == "the")
            {
                return true;
            }

            if (!tokens[j].IsLower)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"“…,” the 70-year-old said": the person read last whose age the report gave ("Đinh Văn Mạnh, 70,").</summary>
    private static PersonState? Aged(List<Token> tokens, int k, IEnumerable<PersonState> people) =>
        k >= 3 && tokens[k].Folded == "year-old" && tokens[k - 1].Is("-") && tokens[k - 2].Kind == TokenKind.Number && tokens[k - 3].Folded == "the"
            ? people.Where(p => p.Age == tokens[k - 2].Text).MaxBy(p => p.LastSeen)
            : null;

    /// <summary>
    /// A sentence opening with a speech frame names its speaker whatever the verb: "Speaking at the event,
    /// X, role, reviewed …", "In his speech, he …" (the first person past the frame's comma); "According to
    /// X, …", "According to the governor, …" (the person or role right after the frame). Read at the sentence's first token.
    /// </summary>
    private PersonState? FramedSpeaker(Block block, int start, List<PersonState> speakers, ExtractionContext context)
    {
        var tokens = block.Tokens;
        if (start > 0 && tokens[start - 1].Sentence == tokens[start].Sentence)
        {
            // "“…,” according to Mr. Keo Sokha, a survivor.": a source named after the words.
            var afterComma = tokens[start - 1].Is(",") || (start > 1 && tokens[start - 2].Is(",") && (tokens[start - 1].Is("”") || tokens[start - 1].Is("\"")));
            return afterComma && FrameOpening(lexicon.SpeechFramesSource, tokens, start) is { } after
                ? PersonAt(block, start + after.Length, speakers, context, sentenceOpening: false)
                : null;
        }

        if (FrameOpening(lexicon.SpeechFramesSource, tokens, start) is { } source)
        {
            return PersonAt(block, start + source.Length, speakers, context, sentenceOpening: false);
        }

        if (InOpinionOf(block, start) is { } holder)
        {
            return holder;
        }

        if (FrameOpening(lexicon.SpeechFramesBefore, tokens, start) is null)
        {
            return null;
        }

        var comma = start;
        while (comma < tokens.Count && comma - start < MaxFrameTokens && tokens[comma].Sentence == tokens[start].Sentence && !tokens[comma].Is(","))
        {
            comma++;
        }

        return comma < tokens.Count && tokens[comma].Is(",") ? PersonAt(block, comma + 1, speakers, context, sentenceOpening: true) : null;
    }

    /// <summary>The first of the frames that opens at token <paramref name="start"/>.</summary>
    private static string[]? FrameOpening(IReadOnlyList<string[]> frames, List<Token> tokens, int start)
    {
        foreach (var frame in frames)
        {
            if (Opens(tokens, start, frame))
            {
                return frame;
            }
        }

        return null;
    }

    // Loops, not lambdas, where a reader runs for every token: a lambda's captured arguments cost every call an allocation.
    private static Mention? MentionAt(Block block, int start)
    {
        foreach (var mention in block.Mentions)
        {
            if (mention.Start == start)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>"In Trang’s view, …": "in", a person's possessive and an opinion noun (<c>opinionNouns</c>), then a comma.</summary>
    private PersonState? InOpinionOf(Block block, int start)
    {
        var tokens = block.Tokens;
        if (tokens[start].Folded != "in")
        {
            return null;
        }

        // "In Dr. Thắng’s view": an honorific may stand before the name.
        var name = start + 1 + (start + 1 < tokens.Count ? lexicon.Honorifics.At(tokens, start + 1).Length : 0);
        if (MentionAt(block, name) is not { } mention)
        {
            return null;
        }

        var noun = mention.End + 1;
        return noun + 1 < tokens.Count && tokens[noun].IsLower && lexicon.OpinionNouns.Contains(tokens[noun].Folded) && tokens[noun + 1].Is(",")
               && tokens[mention.End].IsPossessive
            ? mention.Person
            : null;
    }

    /// <summary>
    /// "X opened the seminar by urging …", "X presented gifts to the families, saying …": speech told by a
    /// participle after "by" or a comma is the words of the sentence's subject, its opening pronoun or its first person named.
    /// Not in the lead, whose participle sums up the event ("X led the celebration …, telling the crowd that …").
    /// </summary>
    private PersonState? ParticipleSpeaker(Block block, int at, List<PersonState> speakers, ExtractionContext context)
    {
        var tokens = block.Tokens;
        if (at == 0 || block.Paragraph == 1 || !tokens[at].IsLower || !lexicon.SpeechGerunds.Contains(tokens[at].Folded)
            || !(tokens[at - 1].Is(",") || tokens[at - 1].Folded == "by"))
        {
            return null;
        }

        var start = Tokenizer.SentenceStart(tokens, at);

        if (tokens.Skip(start).Take(at - start).Any(t => t.IsLower && MessageNouns.Contains(t.Folded)))
        {
            return null;
        }

        if (tokens[start].IsWord && lexicon.Pronouns.TryGetValue(tokens[start].Folded, out var pronoun))
        {
            return PronounReferent(pronoun, speakers, block, start, context.People.Values);
        }

        // "X said …, but Y disagreed, saying …": the subject of the clause the participle ends, when a conjunction opened one.
        // (Loops, not a lambda: one capturing "at" would be allocated at every call, for every token of the report.)
        for (var k = at - 2; k > start; k--)
        {
            if (tokens[k].IsLower && tokens[k].Folded is "but" or "while" or "whereas" && tokens[k - 1].Is(","))
            {
                foreach (var mention in block.Mentions)
                {
                    if (mention.Start > k && mention.End < at)
                    {
                        return mention.Person;
                    }
                }
            }
        }

        foreach (var mention in block.Mentions)
        {
            if (mention.Start >= start && mention.End < at)
            {
                return mention.Person;
            }
        }

        return null;
    }

    /// <summary>Words given to a person without a speech verb, read at the token that opens the frame: "as", a colon or a dash.</summary>
    private PersonState? WordsWithoutVerb(Block block, int at, List<PersonState> speakers, ExtractionContext context) =>
        block.Tokens[at] switch
        {
            { Kind: TokenKind.Word, Folded: "as" } => AsTheyPutIt(block, at, speakers, context),
            { Kind: TokenKind.Punctuation, Text: ":" } => NameAndColon(block, at),
            { Kind: TokenKind.Punctuation, Text: "—" or "–" or "-" } => SignedQuote(block, at, speakers, context),
            _ => null,
        };

    /// <summary>
    /// "As X put it, …", "…, as he put it.": "as", the person, and a phrase of <c>speechPhrasesAfterAs</c> that ends
    /// its clause. Read at the "as".
    /// </summary>
    private PersonState? AsTheyPutIt(Block block, int at, List<PersonState> speakers, ExtractionContext context)
    {
        var tokens = block.Tokens;
        if (!tokens[at].IsWord || tokens[at].Folded != "as")
        {
            return null;
        }

        for (var k = at + 2; k < tokens.Count && k - at <= MaxFrameTokens + RoleReader.MaxDescriptionTokens && tokens[k].Sentence == tokens[at].Sentence; k++)
        {
            var phrase = FrameOpening(lexicon.SpeechPhrasesAfterAs, tokens, k);
            if (phrase is null)
            {
                continue;
            }

            var after = k + phrase.Length;
            if (after < tokens.Count && tokens[after].Kind != TokenKind.Punctuation)
            {
                // "As Keo Sina put it on the table": not words.
                return null;
            }

            if (k == at + 2 && tokens[at + 1].IsWord && lexicon.Pronouns.TryGetValue(tokens[at + 1].Folded, out var pronoun))
            {
                return PronounReferent(pronoun, speakers, block, at + 1, context.People.Values);
            }

            foreach (var mention in block.Mentions)
            {
                // "As X put it", "as X, 80, put it", "As Colonel X, Political Commissar of …, put it".
                if (mention.Start > at && (mention.End == k - 1 || (mention.End + 1 < k - 1 && tokens[mention.End + 1].Is(",") && tokens[k - 1].Is(","))))
                {
                    return mention.Person;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>"X: “…”", "Mr. X, 68: “…”": a sentence that opens with a name (and an age), a colon and a quotation, as interviews are written. Read at the colon.</summary>
    private static PersonState? NameAndColon(Block block, int at)
    {
        var tokens = block.Tokens;
        if (at < 1 || at + 1 >= tokens.Count || !tokens[at].Is(":") || !(tokens[at + 1].Is("“") || tokens[at + 1].Is("\"")))
        {
            return null;
        }

        // "X, 68: “…”": the age between the name and the colon.
        var nameEnd = at >= 3 && tokens[at - 1].Kind == TokenKind.Number && tokens[at - 2].Is(",") ? at - 3 : at - 1;
        foreach (var mention in block.Mentions)
        {
            if (mention.End == nameEnd)
            {
                // Only what may stand before a name in its sentence: an honorific or a title, all capitalised.
                var first = mention.Start;
                while (first > 0 && tokens[first - 1].Sentence == tokens[at].Sentence && (tokens[first - 1].IsCapitalized || tokens[first - 1].Is(".")))
                {
                    first--;
                }

                return first == 0 || tokens[first - 1].Sentence != tokens[at].Sentence ? mention.Person : null;
            }
        }

        return null;
    }

    /// <summary>"“…” — X.", "“…,” – X, a survivor", "\"…\" - X": a quotation signed with a dash and a name. Read at the dash.</summary>
    private PersonState? SignedQuote(Block block, int at, List<PersonState> speakers, ExtractionContext context)
    {
        var tokens = block.Tokens;
        if (at < 1 || at + 1 >= tokens.Count || !(tokens[at].Is("—") || tokens[at].Is("–") || tokens[at].Is("-")) || !(tokens[at - 1].Is("”") || tokens[at - 1].Is("\"")))
        {
            return null;
        }

        return PersonAt(block, at + 1, speakers, context, sentenceOpening: false);
    }

    /// <summary>The person named from token <paramref name="first"/>: a name with its title or honorific before it, a pronoun, or "the" and a role.</summary>
    private PersonState? PersonAt(Block block, int first, List<PersonState> speakers, ExtractionContext context, bool sentenceOpening)
    {
        var tokens = block.Tokens;
        if (first >= tokens.Count)
        {
            return null;
        }

        if (tokens[first].IsWord && (sentenceOpening ? lexicon.Pronouns : lexicon.ObjectPronouns).TryGetValue(tokens[first].Folded, out var pronoun))
        {
            return PronounReferent(pronoun, speakers, block, first, context.People.Values);
        }

        var named = block.Mentions.FirstOrDefault(m => m.Start >= first && tokens[m.Start].Sentence == tokens[first].Sentence
            && tokens.Skip(first).Take(m.Start - first).All(t => roles.IsRoleWord(t) || t.IsCapitalized || t.Is(".") || t.Is("-")
                || (t.IsLower && (RoleReader.Connectors.Contains(t.Folded) || lexicon.RoleLowercaseWords.Contains(t.Folded)))));
        if (named is not null)
        {
            return named.Person;
        }

        if (tokens[first].Folded != "the")
        {
            return null;
        }

        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Sentence == tokens[first].Sentence
               && (roles.IsRoleWord(tokens[last + 1]) || (tokens[last + 1].IsLower && lexicon.RoleLowercaseWords.Contains(tokens[last + 1].Folded))))
        {
            last++;
        }

        return roles.HolderOf(block, last, context.People.Values);
    }

    private static bool Opens(List<Token> tokens, int start, string[] frame)
    {
        if (start + frame.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < frame.Length; i++)
        {
            if (!tokens[start + i].IsWord || tokens[start + i].Folded != frame[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"X, for her part, highlighted", "X, on behalf of the provincial authorities, thanked": a short lower-case phrase between commas stands between the subject and its verb.</summary>
    private static int BeforeInterjection(List<Token> tokens, int k)
    {
        if (!tokens[k].Is(","))
        {
            return k;
        }

        for (var j = k - 1; j >= 0 && k - j <= MaxInterjectionTokens; j--)
        {
            if (tokens[j].Is(","))
            {
                // A phrase that opens with a preposition, not the end of a list ("…, special solidarity and cooperation, said").
                return j > 0 && j < k - 1 && InterjectionOpenings.Contains(tokens[j + 1].Folded) ? j - 1 : k;
            }

            if (!tokens[j].IsWord || tokens[j].Sentence != tokens[k].Sentence)
            {
                return k;
            }
        }

        return k;
    }

    /// <summary>The name opens its sentence or follows a comma that ends a phrase before it.</summary>
    private static bool SetOffBetweenCommas(List<Token> tokens, int nameStart)
    {
        for (var j = nameStart - 1; j >= 0 && tokens[j].Sentence == tokens[nameStart].Sentence; j--)
        {
            if (tokens[j].Is(","))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ros Chanthy, 68, who lost her husband …, said", "Keo Bopha, 68, from Oudong district, told": the name, its
    /// age and what is said of its bearer, or a clause about them.
    /// </summary>
    private static bool OpensRelativeClause(List<Token> tokens, int nameEnd)
    {
        var k = nameEnd + 2;
        var aged = k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k + 1].Is(",");
        if (aged)
        {
            k += 2;
        }

        // "Mao Sreypov, 66, a survivor of …, told", "Lương Văn Quý, 67, shared": whatever follows an age is about its bearer;
        // so is "himself a former cadre".
        return aged || (k < tokens.Count && tokens[k].IsLower && tokens[k].Folded is "who" or "himself" or "herself");
    }

    /// <summary>
    /// "She" never means a man known to be one, nor "he" a woman. The first person named in an earlier
    /// sentence of the same paragraph ("Trần Văn Tư, a veteran, found …. “…,” he said") comes first (not one
    /// named inside the words the pronoun closes); then the latest speaker.
    /// Women are named as such more often than men ("Thị", "Ms", "Chairwoman"), so "she" prefers a known
    /// woman, even one who has not spoken yet; once resolved, the pronoun tells the gender.
    /// </summary>
    private PersonState? PronounReferent(string pronoun, List<PersonState> speakers, Block block, int at, IEnumerable<PersonState> people, Block? previous = null)
    {
        var wanted = pronoun == "female" ? Gender.Female : Gender.Male;
        bool Fits(PersonState p) => wanted == Gender.Female ? p.Gender != Gender.Male : p.Gender != Gender.Female;
        var subject = SentenceSubject(block, at);
        // "“… when I talk about Pol Pot. …,” he said": a name inside the quotation is the speaker's subject, not the speaker.
        var sameParagraph = block.Mentions.FirstOrDefault(m => block.Tokens[m.End].Sentence < block.Tokens[at].Sentence && Fits(m.Person) && !Quoted(block, m))?.Person
                            ?? (subject is not null && Fits(subject) ? subject : null);
        // "Cambodian historian X said …. ¶ She underlined …": the one who spoke in the paragraph just before, when nothing tells their gender.
        var latest = speakers.LastOrDefault();
        var continuing = latest is { Gender: Gender.Unknown } && latest.LastSpokeIn == block.Paragraph - 1 && at == 0 ? latest : null;
        var introduced = IntroducedBefore(block, at, previous, speakers) is { } named && Fits(named) ? named : null;
        var referent = sameParagraph ?? introduced ?? continuing ?? (wanted == Gender.Female
            ? speakers.LastOrDefault(s => s.Gender == Gender.Female)
              ?? people.Where(p => p.Gender == Gender.Female && p.LastSeen > 0 && p.FirstBlock <= block.Position).MaxBy(p => p.LastSeen)
              ?? speakers.LastOrDefault(s => s.Gender == Gender.Unknown)
            : speakers.LastOrDefault(s => s.Gender != Gender.Female));
        if (referent is not null)
        {
            referent.Gender = wanted;
        }

        return referent;
    }

    /// <summary>
    /// "Brig. Gen. X, …, handed rice to poor families. ¶ “…,” he told Khmer Times.", "X sells noodles …. ¶ She said …": a
    /// pronoun after a quote that opens the paragraph, or opening it, stands for the one person the paragraph before named
    /// (or the last that named anyone, when those between name no one), when no one spoke since.
    /// </summary>
    private static PersonState? IntroducedBefore(Block block, int at, Block? previous, List<PersonState> speakers)
    {
        var opensQuote = (block.Text.StartsWith('“') || block.Text.StartsWith('"')) && block.Tokens.Take(at).Any(t => t.Is("”") || t.Is("\""));
        if (previous is null || !(opensQuote || at == 0) || speakers.Any(s => s.LastSpokeIn >= previous.Paragraph))
        {
            return null;
        }

        var named = previous.Mentions.Select(m => m.Person).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>"Provincial Governor X delivered a speech in which he recalled …": the person who opens the pronoun's sentence, named before it.</summary>
    private PersonState? SentenceSubject(Block block, int at)
    {
        var tokens = block.Tokens;
        var first = block.Mentions.FirstOrDefault(m => tokens[m.Start].Sentence == tokens[at].Sentence);
        if (first is null || first.End >= at)
        {
            return null;
        }

        // "When a student asked whether …, Colonel X laughed and said …", "In Phnom Penh, Prime Minister X led …, where he spoke":
        // the clause of time or the phrase of place before the comma is not the subject.
        var opening = Tokenizer.SentenceStart(tokens, at);
        var comma = TimeClauseOpenings.Contains(tokens[opening].Folded) || tokens[opening].Folded is "in" or "at"
            ? tokens.FindLastIndex(first.Start, first.Start - opening, t => t.Is(","))
            : -1;
        // "Vice Chairman of the municipal People’s Committee X opened … and said": the subject's title, with its "of the".
        return tokens.Take(first.Start).Skip(comma + 1).All(t => t.Sentence != tokens[at].Sentence || t.IsCapitalized || t.Is(".") || t.IsPossessive || IsLowerRoleWord(t)
                                                              || (t.IsLower && RoleReader.Connectors.Contains(t.Folded)))
            ? first.Person
            : null;
    }

    /// <summary>
    /// "The son of veteran X", "Students of X": the name, with any title before it, follows "of" after a word
    /// that is no title, so it names whose someone is; "Minister of Labour X" and "Director of the museum X" do not.
    /// </summary>
    private bool OfSomeoneElse(Block block, Mention mention)
    {
        var tokens = block.Tokens;
        var k = mention.Start - 1;
        while (k >= 0 && tokens[k].Sentence == tokens[mention.Start].Sentence && tokens[k].Folded != "of"
               && (IsLowerRoleWord(tokens[k]) || (tokens[k].IsCapitalized && lexicon.TitleWords.Contains(tokens[k].Folded))))
        {
            k--;
        }

        return k > 0 && tokens[k].IsLower && tokens[k].Folded == "of" && tokens[k - 1].IsWord
               && tokens[k - 1].Sentence == tokens[k].Sentence && !lexicon.TitleWords.Contains(tokens[k - 1].Folded);
    }

    /// <summary>"Cambodian researcher X", "Former Khmer Rouge cadre turned farmer X": lower-case words of a role before the name.</summary>
    private bool IsLowerRoleWord(Token token) =>
        token.IsLower && (lexicon.DescriptiveRoles.Contains(token.Folded) || lexicon.RoleLowercaseWords.Contains(token.Folded)
                          || lexicon.TitleWords.Contains(token.Folded) || RoleReader.RoleJoiners.Contains(token.Folded));

    /// <summary>"X quoted Party General Secretary Y as saying": Y's words reached the event through X.</summary>
    private static PersonState? ObjectOf(Block block, int verb) =>
        block.Mentions.FirstOrDefault(m => m.Start > verb && m.Start - verb <= 8
            && block.Tokens.Skip(verb + 1).Take(m.Start - verb - 1).All(t => t.IsCapitalized || t.Is(".")))?.Person;

    /// <summary>
    /// A quotation left open at a paragraph's end runs on into the next paragraph, which reopens it (or only
    /// closes it): both halves are the words of whoever either half names ("“…. ¶ “…,” the ambassador said").
    /// </summary>
    private static Dictionary<int, PersonState> QuotesRunningOn(List<Block> blocks, Dictionary<int, PersonState> attributions)
    {
        var statements = new Dictionary<int, PersonState>(attributions);
        var paragraphs = blocks.Where(b => b.Paragraph is not null).ToList();
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = paragraphs.Count - 2; i >= 0; i--)
            {
                var (open, next) = (paragraphs[i], paragraphs[i + 1]);
                if (!LeavesQuoteOpen(open.Text) || !(next.Text.StartsWith('“') || next.Text.StartsWith('"') || ClosesQuote(next.Text)))
                {
                    continue;
                }

                if (!statements.ContainsKey(open.Paragraph!.Value) && statements.TryGetValue(next.Paragraph!.Value, out var closer))
                {
                    statements[open.Paragraph.Value] = closer;
                }
                else if (statements.TryGetValue(open.Paragraph!.Value, out var opener))
                {
                    statements.TryAdd(next.Paragraph!.Value, opener);
                }
            }
        }

        // "X told reporters that … ¶ "Some of the sites were under new houses." ¶ "…"": a quotation alone, after X's words, is X's,
        // and so is the next one.
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            var (open, next) = (paragraphs[i], paragraphs[i + 1]);
            if (!LeavesQuoteOpen(open.Text) && WholeQuotation(next.Text) && next.Mentions.Count == 0 && statements.TryGetValue(open.Paragraph!.Value, out var said))
            {
                statements.TryAdd(next.Paragraph!.Value, said);
            }
        }

        return statements;
    }

    /// <summary>Whether the mention stands inside quotation marks: the words of the speaker, not a person of the report.</summary>
    private static bool Quoted(Block block, Mention mention) => InsideQuotation(block, mention.Start);

    /// <summary>More quotations opened than closed; with straight marks only, an odd number of them.</summary>
    private static bool LeavesQuoteOpen(string text)
    {
        var (opened, closed) = (text.AsSpan().Count('“'), text.AsSpan().Count('”'));
        return opened > closed || (opened == 0 && closed == 0 && text.AsSpan().Count('"') % 2 == 1);
    }

    /// <summary>
    /// "Khmer Times spoke to General X, who … ¶ Q: Where were you …? ¶ A: On the road to Takhmao.": in an interview the answers
    /// are the words of the person the paragraphs before the first question named last.
    /// </summary>
    private static void InterviewAnswers(List<Block> blocks, SortedDictionary<int, PersonState> statements)
    {
        var bodies = blocks.Where(b => b.Paragraph is not null).ToList();
        var firstQuestion = bodies.FindIndex(b => Labelled(b, "q"));
        if (firstQuestion <= 0 || bodies.Take(firstQuestion).LastOrDefault(b => b.Mentions.Count > 0) is not { } introduction)
        {
            return;
        }

        // "Khmer Times spoke to General X about his years beside Hun Sen": the one introduced, named first.
        var interviewee = introduction.Mentions[0].Person;
        foreach (var answer in bodies.Skip(firstQuestion).Where(b => Labelled(b, "a")))
        {
            if (statements.TryAdd(answer.Paragraph!.Value, interviewee))
            {
                interviewee.Part = Part.Speaker;
            }
        }
    }

    /// <summary>A paragraph opening with a label and a colon: "Q:", "A:".</summary>
    private static bool Labelled(Block block, string label) => block.Tokens.Count > 1 && block.Tokens[0].Folded == label && block.Tokens[1].Is(":");

    /// <summary>A paragraph that is one quotation and nothing else: "“…”", "\"…\"".</summary>
    private static bool WholeQuotation(string text) =>
        (text.StartsWith('“') && text.EndsWith('”') && text.AsSpan().Count('“') == 1 && text.AsSpan().Count('”') == 1)
        || (text.StartsWith('"') && text.EndsWith('"') && text.AsSpan().Count('"') == 2);

    /// <summary>"Three days later we were in Takeo,” said X": the words of a quote opened in the paragraph before, not reopened.</summary>
    private static bool ClosesQuote(string text) => text.AsSpan().Count('”') > text.AsSpan().Count('“');

    /// <summary>
    /// A paragraph framed by statements of one speaker continues that speaker's speech; captions
    /// are never statements and do not break the frame.
    /// </summary>
    private static SortedDictionary<int, PersonState> FrameContinuations(List<Block> blocks, Dictionary<int, PersonState> attributions)
    {
        var statements = new SortedDictionary<int, PersonState>(attributions);
        var bodies = blocks.Where(b => b.Paragraph is not null).ToList();
        var paragraphs = bodies.Select(b => b.Paragraph!.Value).ToList();
        int? lastIndex = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!attributions.TryGetValue(paragraphs[i], out var speaker))
            {
                continue;
            }

            // "In Phnom Penh, Prime Minister X led a separate celebration": a paragraph that names someone else who holds a
            // post, not in quoted words, breaks the frame ("the Pol Pot group" in a speech does not).
            if (lastIndex is { } previous && attributions[paragraphs[previous]] == speaker
                && !Enumerable.Range(previous + 1, i - previous - 1).Any(gap => bodies[gap].Mentions.Any(m => m.Person != speaker && m.Person.Roles.Count > 0 && !Quoted(bodies[gap], m))))
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
}

/// <summary>Who speaks in each body paragraph, by its number, and anyone else who speaks in one of them too.</summary>
internal sealed record SpokenParagraphs(SortedDictionary<int, PersonState> Speakers, IReadOnlyList<(int Paragraph, PersonState Speaker)> Others)
{
    /// <summary>Each paragraph's speaker, then the others who speak in it, paragraph by paragraph.</summary>
    public IEnumerable<(int Paragraph, PersonState Speaker)> All =>
        Others.Count == 0
            ? Speakers.Select(s => (s.Key, s.Value))
            : Speakers.SelectMany(s => Others.Where(o => o.Paragraph == s.Key).Prepend((s.Key, s.Value)));
}

using Anniversary.Archive.Model;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// Reads who says each paragraph: the subject of a speech verb (a name, a pronoun, a name with its
/// appositive, a role after "the", or a name after the verb), then the paragraphs framed by one speaker's statements.
/// </summary>
internal sealed class SpeakerReader(Lexicon lexicon, RoleReader roles)
{
    private static readonly HashSet<string> Adverbs = ["also", "further", "then", "again", "once", "later", "too", "all", "both", "repeatedly"];
    private static readonly HashSet<string> PassiveAuxiliaries = ["be", "been", "being", "was", "were", "is", "are"];

    /// <summary>The speaker of each body paragraph that has one, by paragraph number; speakers and those they quote get their part.</summary>
    public SortedDictionary<int, PersonState> ReadStatements(ExtractionContext context)
    {
        var attributions = new Dictionary<int, PersonState>();
        var speakers = new List<PersonState>();
        foreach (var block in context.Blocks.Where(b => b.Paragraph is not null))
        {
            var tokens = block.Tokens;
            for (var v = 0; v < tokens.Count; v++)
            {
                if (!tokens[v].IsLower || !lexicon.SpeechVerbs.Contains(tokens[v].Folded))
                {
                    continue;
                }

                foreach (var mention in block.Mentions.Where(m => m.End < v))
                {
                    context.See(mention.Person);
                }

                var speaker = SubjectOf(block, v, speakers, context.People.Values);
                if (speaker is null)
                {
                    continue;
                }

                speaker.Part = Part.Speaker;
                speakers.Remove(speaker);
                speakers.Add(speaker);
                attributions.TryAdd(block.Paragraph!.Value, speaker);

                if (tokens[v].Folded == "quoted" && ObjectOf(block, v) is { } quoted && quoted != speaker)
                {
                    quoted.Part = PartReader.Strongest(quoted.Part, Part.Quoted);
                }
            }
        }

        return FrameContinuations(context.Blocks, attributions);
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
            return PronounReferent(pronoun, speakers);
        }

        if (k > 0 && (tokens[k].Is("”") || tokens[k].Is("\"") || tokens[k].Is("’")) && tokens[k - 1].Is(","))
        {
            k--;
        }

        if (tokens[k].Is(","))
        {
            var appositive = block.Mentions.LastOrDefault(m =>
                m.End + 2 < k && tokens[m.End + 1].Is(",") && tokens[m.End].Sentence == tokens[k].Sentence);
            if (appositive is not null && (roles.Appositive(block, appositive.End) is not null || OpensRelativeClause(tokens, appositive.End)))
            {
                return appositive.Person;
            }

            // "…, said Deputy PM Khai."
            var inverted = block.Mentions.FirstOrDefault(m => m.Start > verb && m.Start - verb <= 16
                && tokens.Skip(verb + 1).Take(m.Start - verb - 1).All(t => roles.IsRoleWord(t) || t.IsCapitalized || t.Is(",") || t.Is("-")
                    || (t.IsLower && (RoleReader.Connectors.Contains(t.Folded) || lexicon.RoleLowercaseWords.Contains(t.Folded))))
                && (m.End + 1 >= tokens.Count || tokens[m.End + 1].Sentence != tokens[m.End].Sentence || tokens[m.End + 1].Is(".") || tokens[m.End + 1].Is(",")));
            return inverted?.Person;
        }

        return roles.HolderOf(block, k, people);
    }

    /// <summary>"Ros Chanthy, 68, who lost her husband …, said": the name, its age, and a clause about its bearer.</summary>
    private static bool OpensRelativeClause(List<Token> tokens, int nameEnd)
    {
        var k = nameEnd + 2;
        if (k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k + 1].Is(","))
        {
            k += 2;
        }

        return k < tokens.Count && tokens[k].IsLower && tokens[k].Folded == "who";
    }

    /// <summary>
    /// "She" never means a man known to be one, nor "he" a woman. Women are named as such more often
    /// than men ("Thị", "Ms", "Chairwoman"), so "she" prefers a known woman; once resolved, the pronoun tells the gender.
    /// </summary>
    private static PersonState? PronounReferent(string pronoun, List<PersonState> speakers)
    {
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

    /// <summary>"X quoted Party General Secretary Y as saying": Y's words reached the event through X.</summary>
    private static PersonState? ObjectOf(Block block, int verb) =>
        block.Mentions.FirstOrDefault(m => m.Start > verb && m.Start - verb <= 8
            && block.Tokens.Skip(verb + 1).Take(m.Start - verb - 1).All(t => t.IsCapitalized || t.Is(".")))?.Person;

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
}

namespace Anniversary.Archive.Extraction;

/// <summary>
/// Where a role written after a name ends before its closing comma: at the next guest's name or honorific
/// ("…, Lt. Gen. Prum Sokhom"), or at a clause ("… High Command on January 4 visited", "…, who is visiting").
/// </summary>
internal static class RoleEnds
{
    private static readonly HashSet<string> ClauseWords = ["who", "which", "whose", "where", "when", "while", "is", "was", "were", "has", "had", "will", "led", "visited", "presided"];

    /// <summary>"…, Prime Minister of Cambodia, to the organisers": after a comma, a preposition goes back to the sentence.</summary>
    /// <summary>"…, Deputy Governor, in attendance": so does "in".</summary>
    private static readonly HashSet<string> PrepositionsAfterComma = ["to", "for", "at", "with", "after", "before", "during", "from", "in"];

    private static readonly HashSet<string> DayWords =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the"];

    /// <summary>"2-1, with striker X": a preposition goes with the sentence, never with a title.</summary>
    public static bool IsPreposition(string folded) => PrepositionsAfterComma.Contains(folded);

    /// <summary>Whether the role being read stops before token <paramref name="k"/>.</summary>
    public static bool Ends(Lexicon lexicon, Block block, int k)
    {
        var tokens = block.Tokens;
        var token = tokens[k];
        if (block.Mentions.Any(m => m.Start == k) || lexicon.Honorifics.At(tokens, k).Length > 0 && k > 0 && tokens[k - 1].Is(","))
        {
            return true;
        }

        if (!token.IsLower)
        {
            return StartsClause(tokens, k);
        }

        // "on January 4", "on Monday", "on the occasion of": a time, not a body the post belongs to.
        if (token.Folded == "on" && k + 1 < tokens.Count && (tokens[k + 1].Kind == TokenKind.Number || DayWords.Contains(tokens[k + 1].Folded)))
        {
            return true;
        }

        if (k > 0 && tokens[k - 1].Is(",") && PrepositionsAfterComma.Contains(token.Folded))
        {
            return true;
        }

        return ClauseWords.Contains(token.Folded) || lexicon.SpeechVerbs.Contains(token.Folded)
               || (token.Folded.EndsWith("ed", StringComparison.Ordinal) && !lexicon.RoleLowercaseWords.Contains(token.Folded)
                   && k > 0 && !tokens[k - 1].IsLower);
    }

    /// <summary>"…, Prime Minister of Cambodia, Bavet had grown": after a comma, capitalised words and then a clause word are a new clause's subject.</summary>
    private static bool StartsClause(List<Token> tokens, int k)
    {
        if (k == 0 || !tokens[k - 1].Is(","))
        {
            return false;
        }

        var next = k;
        while (next < tokens.Count && tokens[next].IsCapitalized)
        {
            next++;
        }

        return next < tokens.Count && ClauseWords.Contains(tokens[next].Folded);
    }
}

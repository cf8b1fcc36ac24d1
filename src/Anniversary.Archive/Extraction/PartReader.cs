using Anniversary.Archive.Model;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// The part each named person plays at the event, short of speaking: present (named in a caption,
/// or in a sentence that places them there), quoted through someone else, or only mentioned.
/// </summary>
internal sealed class PartReader(Lexicon lexicon)
{
    /// <summary>Of two parts, the one that says more: a speaker is more than someone quoted, who is more than an attendee.</summary>
    public static Part Strongest(Part a, Part b) => a < b ? a : b;

    public void ReadParts(ExtractionContext context)
    {
        var regime = new HashSet<PersonState>();
        foreach (var block in context.Blocks)
        {
            foreach (var mention in block.Mentions)
            {
                var part = block.Paragraph is null || IsAttendance(block, mention) ? Part.Attendee
                    : IsReportedSpeech(block, mention) ? Part.Quoted
                    : Part.Mentioned;
                mention.Person.Part = Strongest(mention.Person.Part, part);
                if (IsInRegime(block, mention))
                {
                    regime.Add(mention.Person);
                }
            }
        }

        // "the genocidal regime of Pol Pot", "the Pol Pot clique": the regime's people are never at the event.
        foreach (var person in regime.Where(p => p.Part == Part.Attendee))
        {
            person.Part = Part.Mentioned;
        }
    }

    private bool IsInRegime(Block block, Mention mention)
    {
        var start = block.Tokens[mention.Start].Start;
        var end = block.Tokens[mention.End].End;
        var before = TextFolding.Fold(block.Text[Math.Max(0, start - 40)..start]).TrimEnd();
        var after = TextFolding.Fold(block.Text[end..Math.Min(block.Text.Length, end + 25)]);
        return lexicon.RegimeCues.Any(cue => before.EndsWith(cue, StringComparison.Ordinal))
               || after.TrimStart().StartsWith("regime", StringComparison.Ordinal) || after.TrimStart().StartsWith("clique", StringComparison.Ordinal)
               || after.Contains(" clique", StringComparison.Ordinal);
    }

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
}

using System.Text.RegularExpressions;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// The moments a report says happened at the event ("art performances", "gifts were presented"):
/// each sentence outside a statement that holds a cue of the lexicon, labelled by its cues.
/// </summary>
internal sealed partial class MomentReader(Lexicon lexicon)
{
    public List<ExtractedMoment> ReadMoments(ExtractionContext context, SortedDictionary<int, PersonState> statements)
    {
        var moments = new List<ExtractedMoment>();
        foreach (var block in context.Blocks.Where(b => b.Paragraph is null || !statements.ContainsKey(b.Paragraph.Value)))
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

    /// <summary>A cue matches at the start of a word and may end inside one: "perform" finds "performances".</summary>
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

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceSplit();
}

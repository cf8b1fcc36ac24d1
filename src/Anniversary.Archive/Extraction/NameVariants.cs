using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

/// <summary>How two written forms of a name may be one person's: a source's one-letter misspelling.</summary>
internal static class NameVariants
{
    /// <summary>The shortest syllable a misspelling may touch: "Hà" and "Hải" are two names, "Sophan" and "Sophal" one.</summary>
    private const int MinLetters = 4;

    /// <summary>
    /// Folded names of as many words, the same but for one word that is one letter away (changed, added or
    /// dropped) in a word of at least <see cref="MinLetters"/> letters: "mao sophan" and "mao sophal", "tep nara" and "tep narra".
    /// </summary>
    public static bool OneLetterApart(string a, string b)
    {
        var left = a.Split(' ');
        var right = b.Split(' ');
        if (left.Length != right.Length || left.Length < 2 || a == b)
        {
            return false;
        }

        var differing = left.Zip(right).Where(pair => pair.First != pair.Second).ToList();
        return differing.Count == 1
               && Math.Min(differing[0].First.Length, differing[0].Second.Length) >= MinLetters
               && EditDistance.Between(differing[0].First, differing[0].Second, cap: 1) == 1;
    }
}

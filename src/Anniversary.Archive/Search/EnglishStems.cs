using System.Text;

namespace Anniversary.Archive.Search;

/// <summary>
/// The stem the search index gives an index word: Porter's algorithm as SQLite's FTS5 <c>porter</c>
/// tokenizer runs it, byte for byte on the word's UTF-8, so that what the page marks is what the
/// index matched ("soldiers" for "soldier", "commemorated" for "commemorate"). A test holds it to
/// the engine's own stems.
/// </summary>
public static class EnglishStems
{
    // FTS5 leaves shorter and longer tokens (counted in UTF-8 bytes) as they are.
    private const int MinBytes = 3, MaxBytes = 64;

    private delegate bool Condition(ReadOnlySpan<byte> stem);

    private sealed record Rule(byte[] Suffix, byte[] Replacement, Condition When)
    {
        public Rule(string suffix, string replacement, Condition when)
            : this(Encoding.ASCII.GetBytes(suffix), Encoding.ASCII.GetBytes(replacement), when)
        {
        }
    }

    // Steps 2 to 4: in each, the first rule whose suffix ends the word (and is shorter than it) decides,
    // whether or not its condition lets it apply.
    private static readonly Rule[] Step2 =
    [
        new("ational", "ate", MeasureAbove0), new("tional", "tion", MeasureAbove0),
        new("enci", "ence", MeasureAbove0), new("anci", "ance", MeasureAbove0),
        new("izer", "ize", MeasureAbove0),
        new("logi", "log", MeasureAbove0),
        new("bli", "ble", MeasureAbove0), new("alli", "al", MeasureAbove0), new("entli", "ent", MeasureAbove0), new("eli", "e", MeasureAbove0), new("ousli", "ous", MeasureAbove0),
        new("ization", "ize", MeasureAbove0), new("ation", "ate", MeasureAbove0), new("ator", "ate", MeasureAbove0),
        new("alism", "al", MeasureAbove0), new("iveness", "ive", MeasureAbove0), new("fulness", "ful", MeasureAbove0), new("ousness", "ous", MeasureAbove0),
        new("aliti", "al", MeasureAbove0), new("iviti", "ive", MeasureAbove0), new("biliti", "ble", MeasureAbove0),
    ];

    private static readonly Rule[] Step3 =
    [
        new("ical", "ic", MeasureAbove0),
        new("ness", "", MeasureAbove0),
        new("icate", "ic", MeasureAbove0), new("iciti", "ic", MeasureAbove0),
        new("ful", "", MeasureAbove0),
        new("ative", "", MeasureAbove0),
        new("alize", "al", MeasureAbove0),
    ];

    private static readonly Rule[] Step4 =
    [
        new("al", "", MeasureAbove1),
        new("ance", "", MeasureAbove1), new("ence", "", MeasureAbove1),
        new("er", "", MeasureAbove1),
        new("ic", "", MeasureAbove1),
        new("able", "", MeasureAbove1), new("ible", "", MeasureAbove1),
        new("ant", "", MeasureAbove1), new("ement", "", MeasureAbove1), new("ment", "", MeasureAbove1), new("ent", "", MeasureAbove1),
        new("ion", "", stem => stem.Length > 0 && stem[^1] is (byte)'s' or (byte)'t' && MeasureAbove1(stem)), new("ou", "", MeasureAbove1),
        new("ism", "", MeasureAbove1),
        new("ate", "", MeasureAbove1), new("iti", "", MeasureAbove1),
        new("ous", "", MeasureAbove1),
        new("ive", "", MeasureAbove1),
        new("ize", "", MeasureAbove1),
    ];

    /// <summary>The stem of one folded index word (lower case, as <see cref="SearchText.Words"/> gives it).</summary>
    public static string Of(string word) => Of(word.AsSpan(), word);

    /// <summary>
    /// Whether a folded word of a text has the given stem. A stem is never longer than its word and
    /// keeps all of it but the few letters the last rule wrote (at most four), so most words are told
    /// apart unstemmed.
    /// </summary>
    public static bool Has(ReadOnlySpan<char> word, string stem) =>
        word.Length >= stem.Length && stem.Length > 0 && word[0] == stem[0]
        && word.StartsWith(stem.AsSpan(0, Math.Max(1, stem.Length - 4)), StringComparison.Ordinal)
        && Of(word, null) == stem;

    private static string Of(ReadOnlySpan<char> word, string? asString)
    {
        var length = Encoding.UTF8.GetByteCount(word);
        if (length is < MinBytes or > MaxBytes)
        {
            return asString ?? word.ToString();
        }

        // Room for the letter a rule may add.
        Span<byte> buffer = stackalloc byte[MaxBytes + 8];
        Encoding.UTF8.GetBytes(word, buffer);
        var stemmed = Stem(buffer, length);
        return asString is not null && stemmed == length && length == word.Length && Unchanged(buffer[..length], word)
            ? asString
            : Encoding.UTF8.GetString(buffer[..stemmed]);
    }

    private static bool Unchanged(ReadOnlySpan<byte> stem, ReadOnlySpan<char> word)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (stem[i] != word[i])
            {
                return false;
            }
        }

        return true;
    }

    private static int Stem(Span<byte> word, int n)
    {
        n = PluralS(word, n);
        if (EdOrIng(word, ref n))
        {
            n = AfterEdOrIng(word, n);
        }

        if (word[n - 1] == 'y' && HasVowel(word[..(n - 1)]))
        {
            word[n - 1] = (byte)'i';
        }

        n = Apply(Step2, word, n);
        n = Apply(Step3, word, n);
        n = Apply(Step4, word, n);

        if (word[n - 1] == 'e' && (MeasureAbove1(word[..(n - 1)]) || (MeasureIs1(word[..(n - 1)]) && !EndsConsonantVowelConsonant(word[..(n - 1)]))))
        {
            n--;
        }

        if (n > 1 && word[n - 1] == 'l' && word[n - 2] == 'l' && MeasureAbove1(word[..(n - 1)]))
        {
            n--;
        }

        return n;
    }

    /// <summary>Step 1a: "sses" and "ies" lose "es", any other "s" but "ss" is dropped.</summary>
    private static int PluralS(Span<byte> word, int n)
    {
        if (word[n - 1] != 's')
        {
            return n;
        }

        if (word[n - 2] == 'e')
        {
            return (n > 4 && word[n - 4] == 's' && word[n - 3] == 's') || (n > 3 && word[n - 3] == 'i') ? n - 2 : n - 1;
        }

        return word[n - 2] == 's' ? n : n - 1;
    }

    /// <summary>Step 1b: "eed" to "ee" after a measure above 0; "ed" and "ing" dropped after a vowel, which says so.</summary>
    private static bool EdOrIng(Span<byte> word, ref int n)
    {
        if (Ends(word, n, "eed"u8))
        {
            if (MeasureAbove0(word[..(n - 3)]))
            {
                n--;
            }

            return false;
        }

        if (n > 2 && Ends(word, n, "ed"u8) && HasVowel(word[..(n - 2)]))
        {
            n -= 2;
            return true;
        }

        if (Ends(word, n, "ing"u8) && HasVowel(word[..(n - 3)]))
        {
            n -= 3;
            return true;
        }

        return false;
    }

    /// <summary>Step 1b, after "ed" or "ing": "at", "bl", "iz" take an "e"; a doubled consonant is halved; a short word takes an "e".</summary>
    private static int AfterEdOrIng(Span<byte> word, int n)
    {
        if (n > 2 && (Ends(word, n, "at"u8) || Ends(word, n, "bl"u8) || Ends(word, n, "iz"u8)))
        {
            word[n] = (byte)'e';
            return n + 1;
        }

        var last = word[n - 1];
        if (n > 1 && !IsVowel(last, false) && last is not ((byte)'l' or (byte)'s' or (byte)'z') && last == word[n - 2])
        {
            return n - 1;
        }

        if (MeasureIs1(word[..n]) && EndsConsonantVowelConsonant(word[..n]))
        {
            word[n] = (byte)'e';
            return n + 1;
        }

        return n;
    }

    private static int Apply(Rule[] rules, Span<byte> word, int n)
    {
        foreach (var rule in rules)
        {
            if (Ends(word, n, rule.Suffix))
            {
                var stem = n - rule.Suffix.Length;
                if (!rule.When(word[..stem]))
                {
                    return n;
                }

                rule.Replacement.CopyTo(word[stem..]);
                return stem + rule.Replacement.Length;
            }
        }

        return n;
    }

    /// <summary>Whether the word's first n bytes end with the suffix, and are longer than it.</summary>
    private static bool Ends(ReadOnlySpan<byte> word, int n, ReadOnlySpan<byte> suffix) =>
        n > suffix.Length && word[..n].EndsWith(suffix);

    private static bool IsVowel(byte c, bool yIsVowel) =>
        c is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' || (yIsVowel && c == 'y');

    /// <summary>
    /// Past the first vowels-then-consonants of the stem: the index after that consonant, or 0 when
    /// there is none. A "y" is a vowel after a consonant.
    /// </summary>
    private static int PastVowelConsonant(ReadOnlySpan<byte> stem, bool afterConsonant)
    {
        var consonant = afterConsonant;
        var i = 0;
        for (; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (!consonant)
            {
                break;
            }
        }

        for (i++; i < stem.Length; i++)
        {
            consonant = !IsVowel(stem[i], consonant);
            if (consonant)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool MeasureAbove0(ReadOnlySpan<byte> stem) => PastVowelConsonant(stem, false) > 0;

    private static bool MeasureAbove1(ReadOnlySpan<byte> stem)
    {
        var first = PastVowelConsonant(stem, false);
        return first > 0 && PastVowelConsonant(stem[first..], true) > 0;
    }

    private static bool MeasureIs1(ReadOnlySpan<byte> stem)
    {
        var first = PastVowelConsonant(stem, false);
        return first > 0 && PastVowelConsonant(stem[first..], true) == 0;
    }

    /// <summary>Porter's *o: consonant, vowel, consonant at the end, the last not w, x or y.</summary>
    private static bool EndsConsonantVowelConsonant(ReadOnlySpan<byte> stem)
    {
        if (stem.Length == 0 || stem[^1] is (byte)'w' or (byte)'x' or (byte)'y')
        {
            return false;
        }

        var consonant = false;
        var last3 = 0;
        foreach (var c in stem)
        {
            consonant = !IsVowel(c, consonant);
            last3 = ((last3 << 1) | (consonant ? 1 : 0)) & 0b111;
        }

        return stem.Length >= 3 && last3 == 0b101;
    }

    /// <summary>Porter's *v*: a vowel anywhere in the stem, a "y" counting after the first letter.</summary>
    private static bool HasVowel(ReadOnlySpan<byte> stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (IsVowel(stem[i], i > 0))
            {
                return true;
            }
        }

        return false;
    }
}

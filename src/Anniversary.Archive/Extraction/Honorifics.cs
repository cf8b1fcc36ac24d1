using System.Text.Json;

namespace Anniversary.Archive.Extraction;

/// <summary>
/// Courtesy forms, Cambodian and Lao titles and military ranks written before a name ("Lok Chumteav",
/// "Samdech Techo", "Than", "Lt. Gen."), read from <c>Extraction/honorifics.json</c>: never part of a name,
/// and, except a rank, never a role.
/// </summary>
public sealed class Honorifics
{
    public const string ResourceName = "Anniversary.Archive.Extraction.honorifics.json";

    /// <summary>The forms by their first word (any case), longest first: a token is compared only with the forms it can open.</summary>
    private readonly Dictionary<string, List<(string[] Tokens, bool IsRank, string? Gender, string? Bearer)>> _formsByFirstWord;

    internal Honorifics(byte[] json)
    {
        Fingerprint = Lexicon.FingerprintOf(json);
        var file = JsonSerializer.Deserialize<HonorificsFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("The honorifics are empty.");

        // "Anh" and "Chị" are honorifics only in Vietnamese text, and name syllables in English text.
        var forms = file.Honorifics
            .Where(h => h.Note?.Contains("only before", StringComparison.Ordinal) != true)
            .SelectMany(h => Lexicon.WithHyphens(h.Text).Select(text =>
                (Tokens: Tokenizer.Tokenize(text).Select(t => t.Text).ToArray(), IsRank: h.Kind.StartsWith("military", StringComparison.Ordinal), h.Gender, h.Bearer)))
            .Where(h => h.Tokens.Length > 0)
            .OrderByDescending(h => h.Tokens.Length)
            .ToList();
        LongestForm = forms[0].Tokens.Length;
        _formsByFirstWord = forms.GroupBy(h => h.Tokens[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
    }

    private int LongestForm { get; }

    /// <summary>The first eight hex digits of the SHA-256 of the honorifics' file.</summary>
    public string Fingerprint { get; }

    /// <summary>
    /// The longest honorific written from <paramref name="index"/> before a capitalised word (a name follows
    /// it): its length in tokens, whether it is a military rank, the gender it tells, and what its bearer is ("Ven.": a monk).
    /// </summary>
    internal (int Length, bool IsRank, string? Gender, string? Bearer) At(List<Token> tokens, int index)
    {
        // "Former volunteer doctor X": an honorific is written with its capital; a lower-case word is part of a role.
        if (!tokens[index].IsCapitalized || !_formsByFirstWord.TryGetValue(tokens[index].Text, out var forms))
        {
            return (0, false, null, null);
        }

        foreach (var (form, isRank, gender, bearer) in forms)
        {
            var next = index + form.Length;
            if (next < tokens.Count && tokens[next].IsCapitalized && Spells(tokens, index, form))
            {
                return (form.Length, isRank, gender, bearer);
            }
        }

        return (0, false, null, null);
    }

    /// <summary>The words of the longest honorific spelled from <paramref name="index"/>, whatever follows it ("Samdech Thipadei said").</summary>
    internal string[]? FormAt(List<Token> tokens, int index)
    {
        if (!_formsByFirstWord.TryGetValue(tokens[index].Text, out var forms))
        {
            return null;
        }

        // A loop rather than a lambda: a lambda's captured arguments cost every call an allocation, found or not.
        foreach (var form in forms)
        {
            if (index + form.Tokens.Length <= tokens.Count && Spells(tokens, index, form.Tokens))
            {
                return form.Tokens;
            }
        }

        return null;
    }

    private static bool Spells(List<Token> tokens, int index, string[] form)
    {
        for (var k = 1; k < form.Length; k++)
        {
            if (!string.Equals(tokens[index + k].Text, form[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest honorific that ends at <paramref name="end"/>, just before a name: where it starts, whether it is a rank, the gender it tells, what its bearer is.</summary>
    internal (int Start, bool IsRank, string? Gender, string? Bearer)? EndingAt(List<Token> tokens, int end)
    {
        for (var start = Math.Max(0, end - LongestForm + 1); start <= end; start++)
        {
            var (length, isRank, gender, bearer) = At(tokens, start);
            if (length == end - start + 1)
            {
                return (start, isRank, gender, bearer);
            }
        }

        return null;
    }

    /// <summary>Marks the tokens of every honorific written before a name.</summary>
    internal bool[] Mask(List<Token> tokens)
    {
        var mask = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var (length, _, _, _) = At(tokens, i);
            if (length > 0)
            {
                Array.Fill(mask, true, i, length);
                i += length - 1;
            }
        }

        return mask;
    }

    private sealed record HonorificsFile(Honorific[] Honorifics);

    private sealed record Honorific(string Text, string Kind, string? Gender, string? Note, string? Bearer);
}

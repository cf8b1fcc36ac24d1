using System.Globalization;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Extraction;

internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <param name="Folded">The word folded as names and places are matched (possessive dropped, case and marks folded).</param>
internal sealed record Token(string Text, int Start, TokenKind Kind, int Sentence, string Folded)
{
    public int End => Start + Text.Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    public bool IsLower => IsWord && char.IsLower(Text[0]);

    /// <summary>"Sina’s", "Sina's": the word ends in a possessive.</summary>
    public bool IsPossessive => Lexicon.StripPossessive(Text).Length != Text.Length;

    public bool Is(string punctuation) => Kind == TokenKind.Punctuation && Text == punctuation;
}

/// <summary>
/// The words the tokenizer has met on this thread, each with its folded form: a report repeats its
/// words and a folder repeats its vocabulary, so a token's text and folding are found, not made
/// again (they were most of extraction's allocations). Per thread, so no lock; bounded, so a folder
/// of any size keeps at most <see cref="MaxWords"/> words a thread.
/// </summary>
internal static class TokenWords
{
    private const int MaxWords = 20_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _folded;

    /// <summary>The text of these characters, the same string each time they are met, and its folded form.</summary>
    public static (string Text, string Folded) Intern(ReadOnlySpan<char> word)
    {
        var words = _folded ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known, out var knownFolded))
        {
            return (known, knownFolded);
        }

        if (words.Count >= MaxWords)
        {
            words.Clear();
        }

        var text = word.ToString();
        var folded = Fold(text);
        words[text] = folded;
        return (text, folded);
    }

    /// <summary>The word folded as names and places are matched: possessive dropped, case and marks folded.</summary>
    private static string Fold(string word) => TextFolding.Fold(Lexicon.StripPossessive(word));
}

/// <summary>Words, numbers and punctuation of a paragraph, each with the sentence it belongs to.</summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = ["Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Lieut", "Col", "Maj", "Sr", "Snr", "Jr", "Jnr", "retd", "Retd", "Brig", "Capt", "Sgt", "Rev", "Ven", "Hon", "Prof", "St", "Assoc", "Dy", "Amb", "Sec", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No"];

    /// <summary>
    /// The tokens of the text: a word (letters and marks, joined by single hyphens or apostrophes), a
    /// number (digits, joined by single points or commas), or one other visible character. Scanned by
    /// hand: every paragraph of every report passes here, and a pattern's matching cost a third of it.
    /// </summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var sentence = 0;
        for (var start = 0; start < text.Length;)
        {
            var first = text[start];
            TokenKind kind;
            int end;
            if (IsLetterOrMark(first))
            {
                kind = TokenKind.Word;
                end = Joined(text, start, IsLetterOrMark, separator => separator is '-' or '\'' or '’');
            }
            else if (char.IsDigit(first))
            {
                kind = TokenKind.Number;
                end = Joined(text, start, char.IsDigit, separator => separator is '.' or ',');
            }
            else if (char.IsWhiteSpace(first))
            {
                start++;
                continue;
            }
            else
            {
                kind = TokenKind.Punctuation;
                end = start + 1;
            }

            var (value, folded) = TokenWords.Intern(text.AsSpan(start, end - start));
            tokens.Add(new Token(value, start, kind, sentence, folded));
            if (kind == TokenKind.Punctuation && value is "." or "!" or "?" && !IsAbbreviation(tokens))
            {
                sentence++;
            }

            start = end;
        }

        return tokens;
    }

    /// <summary>The end of a run of characters from <paramref name="start"/>, with single separators between runs.</summary>
    private static int Joined(string text, int start, Func<char, bool> part, Func<char, bool> separator)
    {
        var end = start + 1;
        while (true)
        {
            while (end < text.Length && part(text[end]))
            {
                end++;
            }

            if (end + 1 < text.Length && separator(text[end]) && part(text[end + 1]))
            {
                end += 2;
                continue;
            }

            return end;
        }
    }

    private static bool IsLetterOrMark(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Whether the tokens from <paramref name="index"/> are these folded words (<paramref name="wordsOnly"/>: words, not a number or punctuation folded alike); the caller checks that they fit.</summary>
    public static bool Spells(List<Token> tokens, int index, string[] words, bool wordsOnly = false)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[index + k];
            if ((wordsOnly && !token.IsWord) || token.Folded != words[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest parenthesis read as part of what it follows: "(retd.)", "(pictured)", "(second left)".</summary>
    public const int MaxParenthesisTokens = 6;

    /// <summary>"X (retd.)", "X (pictured)": the token after a short parenthesis that opens at <paramref name="open"/>; else <paramref name="open"/>.</summary>
    public static int AfterParenthesis(List<Token> tokens, int open)
    {
        if (open >= tokens.Count || !tokens[open].Is("("))
        {
            return open;
        }

        for (var close = open + 1; close < tokens.Count && close - open <= MaxParenthesisTokens; close++)
        {
            if (tokens[close].Is(")"))
            {
                return close + 1;
            }
        }

        return open;
    }

    /// <summary>The first token of the sentence that holds the token at <paramref name="index"/>.</summary>
    public static int SentenceStart(List<Token> tokens, int index)
    {
        var start = index;
        while (start > 0 && tokens[start - 1].Sentence == tokens[index].Sentence)
        {
            start--;
        }

        return start;
    }

    /// <summary>Tokens are adjacent in a name when exactly one space separates them.</summary>
    public static bool Adjacent(string text, Token left, Token right) =>
        right.Start == left.End + 1 && text[left.End] == ' ';

    private static bool IsAbbreviation(List<Token> tokens) =>
        tokens.Count >= 2 && tokens[^2].IsWord && tokens[^2].End == tokens[^1].Start
        && (Abbreviations.Contains(tokens[^2].Text) || (tokens[^2].Text.Length == 1 && char.IsUpper(tokens[^2].Text[0])));
}

using Anniversary.Archive.Extraction;

namespace Anniversary.Archive.Tests.Extraction;

public sealed class TokenizerTests
{
    private static string Shown(string text) =>
        string.Join(" | ", Tokenizer.Tokenize(text).Select(t => $"{t.Kind}:{t.Text}"));

    [Theory]
    // A word keeps single hyphens and apostrophes between letters, and the marks of its letters.
    [InlineData("well-known O’Neil’s", "Word:well-known | Word:O’Neil’s")]
    [InlineData("Nguyễn Thị", "Word:Nguyễn | Word:Thị")]
    [InlineData("e\u0301te\u0301", "Word:e\u0301te\u0301")]
    // A separator not followed by a letter ends the word and stands alone.
    [InlineData("pre- and post--war", "Word:pre | Punctuation:- | Word:and | Word:post | Punctuation:- | Punctuation:- | Word:war")]
    // A number keeps single points and commas between digits; a point after it ends a sentence.
    [InlineData("1,000.5 people in 1979.", "Number:1,000.5 | Word:people | Word:in | Number:1979 | Punctuation:.")]
    [InlineData("٣٤ years", "Number:٣٤ | Word:years")]
    // Any other visible character is a token of its own; spaces of every kind separate.
    [InlineData("“Yes,”\u00A0she\tsaid\u2028…", "Punctuation:“ | Word:Yes | Punctuation:, | Punctuation:” | Word:she | Word:said | Punctuation:…")]
    public void Splits_text_into_words_numbers_and_other_characters(string text, string expected) =>
        Assert.Equal(expected, Shown(text));

    [Fact]
    public void A_character_outside_the_basic_plane_is_two_tokens_one_a_half()
    {
        var tokens = Tokenizer.Tokenize("a😀b");

        Assert.Equal([TokenKind.Word, TokenKind.Punctuation, TokenKind.Punctuation, TokenKind.Word], tokens.Select(t => t.Kind));
        Assert.Equal([0, 1, 2, 3], tokens.Select(t => t.Start));
    }

    [Fact]
    public void A_sentence_ends_at_a_full_stop_but_not_after_an_abbreviation_or_an_initial()
    {
        var tokens = Tokenizer.Tokenize("Mr. A. Bell spoke on Jan. 7. Then he left! Why?");

        Assert.Equal(0, tokens.Single(t => t.Text == "spoke").Sentence);
        Assert.Equal(1, tokens.Single(t => t.Text == "Then").Sentence);
        Assert.Equal(2, tokens.Single(t => t.Text == "Why").Sentence);
    }

    [Fact]
    public void A_token_carries_its_position_and_its_folded_form()
    {
        var token = Tokenizer.Tokenize("At Hà Nội’s gate").Single(t => t.Start == 6);

        Assert.Equal("Nội’s", token.Text);
        Assert.Equal("noi", token.Folded);
    }
}

using Anniversary.Archive.Parsing;

namespace Anniversary.Archive.Tests.Parsing;

public sealed class CreditsTests
{
    [Fact]
    public void End_marks_go_and_a_credit_on_its_own_line_is_taken()
    {
        List<string> paragraphs = ["The fair closed at noon.", "XYZ", "(END)"];

        Assert.Equal("XYZ", Credits.TakeCredit(paragraphs));
        Assert.Equal(["The fair closed at noon."], paragraphs);
    }

    [Fact]
    public void A_credit_glued_to_the_last_sentence_is_taken_from_it()
    {
        List<string> paragraphs = ["The fair closed at noon. – XYZ/ABC"];

        Assert.Equal("XYZ/ABC", Credits.TakeCredit(paragraphs));
        Assert.Equal(["The fair closed at noon."], paragraphs);
    }

    [Fact]
    public void A_lone_paragraph_is_never_taken_for_a_credit()
    {
        List<string> paragraphs = ["XYZ"];

        Assert.Null(Credits.TakeCredit(paragraphs));
        Assert.Equal(["XYZ"], paragraphs);
    }

    [Theory]
    [InlineData("Guests at the fair (Photo: Ann Lee)", "Guests at the fair", "Ann Lee")]
    [InlineData("Guests at the fair (XYZ photo)", "Guests at the fair", "XYZ")]
    [InlineData("Guests at the fair. Photo: Ann Lee", "Guests at the fair.", "Ann Lee")]
    public void A_photo_credit_makes_a_caption(string paragraph, string text, string credit)
    {
        Assert.True(Credits.IsCaption(paragraph));
        Assert.Equal(new PhotoCaption(text, credit), Credits.ReadCaption(paragraph));
    }

    [Fact]
    public void A_paragraph_without_a_photo_credit_is_no_caption()
    {
        Assert.Null(Credits.ReadCaption("Guests took photos at the fair."));
    }
}

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

    [Theory]
    [InlineData("Guests at the fair – Photo: Ann Lee", "Guests at the fair", "Ann Lee")]
    [InlineData("Guests at the fair. — Photo: XYZ", "Guests at the fair.", "XYZ")]
    [InlineData("Guests at the fair | Photo: XYZ", "Guests at the fair", "XYZ")]
    [InlineData("Guests at the fair [Photo: XYZ]", "Guests at the fair", "XYZ")]
    [InlineData("Guests at the fair. Photo by Ann Lee", "Guests at the fair.", "Ann Lee")]
    [InlineData("Guests at the fair. Photo courtesy of the museum", "Guests at the fair.", "the museum")]
    [InlineData("Guests at the fair. (Photo credit: XYZ)", "Guests at the fair.", "XYZ")]
    [InlineData("Guests at the fair. Photo credit: XYZ", "Guests at the fair.", "XYZ")]
    [InlineData("Guests at the fair. (Photo/XYZ)", "Guests at the fair.", "XYZ")]
    [InlineData("Guests at the fair. Photo/XYZ", "Guests at the fair.", "XYZ")]
    [InlineData("Guests at the fair. XYZ Photo", "Guests at the fair.", "XYZ")]
    [InlineData("Guests at the fair. — XYZ/ABC Photo", "Guests at the fair.", "XYZ/ABC")]
    [InlineData("Guests at the fair. XYZ/ABC Photo Văn Điệp", "Guests at the fair.", "XYZ/ABC/Văn Điệp")]
    [InlineData("Guests at the fair. (XYZ/ABC Photo Văn Điệp)", "Guests at the fair.", "XYZ/ABC/Văn Điệp")]
    [InlineData("Guests at the fair. (KT/Chor Sokunthea)", "Guests at the fair.", "KT/Chor Sokunthea")]
    [InlineData("Guests at the fair. KT/Chor Sokunthea", "Guests at the fair.", "KT/Chor Sokunthea")]
    [InlineData("Guests at the fair. Supplied", "Guests at the fair.", "Supplied")]
    [InlineData("Guests at the fair (Supplied)", "Guests at the fair", "Supplied")]
    [InlineData("Guests at the fair in 1979. File photo", "Guests at the fair in 1979.", "File photo")]
    [InlineData("Guests at the fair, Jan. 7, 2024. Xinhua/Ann Lee", "Guests at the fair, Jan. 7, 2024.", "Xinhua/Ann Lee")]
    [InlineData("Guests at the fair, Jan. 7, 2024. (Xinhua/Sovannara)", "Guests at the fair, Jan. 7, 2024.", "Xinhua/Sovannara")]
    [InlineData("Guests at the fair. Photo: example.vn", "Guests at the fair.", "example.vn")]
    [InlineData("Guests at the fair. © Ann Lee", "Guests at the fair.", "Ann Lee")]
    [InlineData("Guests at the fair. Credit: Khmer Times", "Guests at the fair.", "Khmer Times")]
    [InlineData("Guests at the fair. (AP Photo/Chan Vibol)", "Guests at the fair.", "AP Photo/Chan Vibol")]
    [InlineData("Guests at the fair on Monday. (Kang Sothy/The Cambodia Daily)", "Guests at the fair on Monday.", "Kang Sothy/The Cambodia Daily")]
    [InlineData("Guests at the fair, Jan. 7, 2023. CamboJA/Sek Vuthy", "Guests at the fair, Jan. 7, 2023.", "CamboJA/Sek Vuthy")]
    public void A_photo_credit_written_as_other_agencies_write_it_makes_a_caption(string paragraph, string text, string credit)
    {
        Assert.True(Credits.IsCaption(paragraph));
        Assert.Equal(new PhotoCaption(text, credit), Credits.ReadCaption(paragraph));
    }

    [Theory]
    [InlineData("He showed the guests a photo by his father.")]
    [InlineData("The two capitals (Hanoi/Phnom Penh) were linked by road.")]
    [InlineData("The route linked the two capitals (Hanoi/Phnom Penh).")]
    [InlineData("Water was supplied.")]
    [InlineData("The route linked the two capitals. Hanoi/Phnom Penh)")]
    [InlineData("Guests at the fair. Supplied by the province, the tents stood for a week.")]
    [InlineData("The photo exhibition – Photo Memories of the Border – opened on Monday.")]
    [InlineData("Credit unions lent the farmers money in 1980.")]
    [InlineData("The families thanked the donors, who asked for no credit.")]
    public void Words_about_photos_or_a_slash_in_brackets_do_not_make_a_caption(string paragraph)
    {
        Assert.Null(Credits.ReadCaption(paragraph));
    }

    [Theory]
    [InlineData("Guests at the fair. (Illustrative photo)")]
    [InlineData("Guests at the fair. Illustrative photo")]
    public void A_photo_labelled_but_not_credited_is_a_caption_without_a_credit(string paragraph)
    {
        Assert.Equal(new PhotoCaption("Guests at the fair.", null), Credits.ReadCaption(paragraph));
    }

    [Fact]
    public void An_agency_and_a_name_after_a_long_paragraph_leave_it_a_paragraph()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The veterans walked along the border road and talked about the war. ", 6)) + "XYZ/Ann Lee";

        Assert.Null(Credits.ReadCaption(paragraph));
    }

    [Fact]
    public void A_paragraph_without_a_photo_credit_is_no_caption()
    {
        Assert.Null(Credits.ReadCaption("Guests took photos at the fair."));
    }
}

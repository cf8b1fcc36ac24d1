using Anniversary.Archive.Parsing;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Parsing;

/// <summary>The credit, byline and dateline forms of agency copy, one rule per test, on invented text.</summary>
public sealed class WireFormsTests
{
    private static ParsedArticle Parse(string text)
    {
        var result = SeedParser.Parse(text);
        Assert.True(result.Error is null, $"unexpected error: {result.Error}");
        return result.Article!;
    }

    [Theory]
    [InlineData("Guests at the fair (Source: XYZ)", "Guests at the fair", "XYZ")]
    [InlineData("Guests at the fair (Source:: XYZ)", "Guests at the fair", "XYZ")]
    [InlineData("Illustrative image (Source: XYZ)", "Illustrative image", "XYZ")]
    public void A_source_in_brackets_makes_a_caption_never_the_headline(string first, string caption, string credit)
    {
        var article = Parse($"date 2024-01-07 {first}\n\nThe town held a fair on Monday to mark its founding.\n\nA second paragraph.\n");

        var figure = Assert.IsType<PhotoCaption>(article.Elements[0]);
        Assert.Equal((caption, credit), (figure.Text, figure.Credit));
        Assert.Equal("The town held a fair to mark its founding", article.Title);
    }

    [Theory]
    [InlineData("Guests at the fair. — XYZ/ABC Photo Văn Điệp", "Guests at the fair.", "XYZ/ABC/Văn Điệp")]
    [InlineData("Guests at the fair. KT/Chor Sokunthea", "Guests at the fair.", "KT/Chor Sokunthea")]
    [InlineData("Guests at the fair. Photo by Ann Lee", "Guests at the fair.", "Ann Lee")]
    public void A_caption_between_paragraphs_is_a_figure_and_the_paragraphs_keep_their_numbers(string line, string caption, string credit)
    {
        var article = Parse($"date 2024-01-07 The town held a fair on Monday to mark its founding.\n\n{line}\n\nA second paragraph.\n");

        var figure = Assert.Single(article.Captions);
        Assert.Equal((caption, credit), (figure.Text, figure.Credit));
        Assert.Equal(["The town held a fair on Monday to mark its founding.", "A second paragraph."], article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("Green Valley (XYZ) – ", "Green Valley (XYZ) –")]
    [InlineData("Green Valley (XYZ), Jan. 7 - ", "Green Valley (XYZ), Jan. 7 -")]
    [InlineData("Green Valley, January 7 (XYZ) -- ", "Green Valley, January 7 (XYZ) --")]
    [InlineData("Green Valley, January 6, 2015 XYZ -- ", "Green Valley, January 6, 2015 XYZ --")]
    [InlineData("ABC/XYZ - ", "ABC/XYZ -")]
    public void An_agency_tag_opening_the_lead_is_a_dateline_as_written_and_not_body(string tag, string dateline)
    {
        var article = Parse($"date 2024-01-07 {tag}The town held a fair.\n\nA second paragraph.\n");

        Assert.Equal([dateline], article.Datelines);
        Assert.Equal("The town held a fair.", article.Paragraphs.First().Text);
        Assert.Equal("XYZ", article.Credit?.Split('/')[^1]);
    }

    [Fact]
    public void A_bare_dash_opening_the_lead_is_not_body_text()
    {
        var article = Parse("date 2024-01-07 – The town held a fair.\n\nA second paragraph.\n");

        Assert.Equal("The town held a fair.", article.Paragraphs.First().Text);
        Assert.Empty(article.Datelines);
    }

    [Fact]
    public void Two_datelines_are_kept_apart_as_written()
    {
        var article = Parse("date 2024-01-07 GREEN LAND, January 6 -\n\nGREEN VALLEY — The town held a fair.\n\nA second paragraph.\n");

        Assert.Equal(["GREEN LAND, January 6 -", "GREEN VALLEY —"], article.Datelines);
    }

    [Fact]
    public void A_day_of_publication_above_the_report_is_a_dateline_and_never_the_headline()
    {
        var article = Parse("date 2012-01-03 Tuesday, 03 January 2012\n\nGreen Valley – Leaders of the town on Monday opened a fair.\n\nA second paragraph.\n");

        Assert.Equal(["Tuesday, 03 January 2012", "Green Valley –"], article.Datelines);
        Assert.Equal("Leaders of the town opened a fair", article.Title);
        Assert.Equal("Leaders of the town on Monday opened a fair.", article.Paragraphs.First().Text);
    }

    [Theory]
    [InlineData("By Ann Lee", null)]
    [InlineData("(By ANN Lee)", null)]
    [InlineData("Ann Lee / Valley Times", "Valley Times")]
    [InlineData("Ann Lee - Valley Times", "Valley Times")]
    [InlineData("Ann Lee – Valley Times", "Valley Times")]
    [InlineData("Ann Lee, VT", "VT")]
    public void A_byline_at_the_end_is_a_byline_not_body(string byline, string? newspaper)
    {
        var article = Parse($"date 2024-01-07 The town held a fair.\n\nThe fair closed at noon.\n\n{byline}\n");

        Assert.Equal(byline, article.Byline);
        Assert.Equal(newspaper, article.Credit);
        Assert.Equal(["The town held a fair.", "The fair closed at noon."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_byline_under_the_headline_is_a_byline_and_the_headline_stays()
    {
        var article = Parse("date 2024-01-07 Town fair draws thousands\n\nAnn Lee / Valley Times\n\nThe town held a fair.\n\nA second paragraph.\n");

        Assert.Equal("Town fair draws thousands", article.Title);
        Assert.Equal("Ann Lee / Valley Times", article.Byline);
        Assert.Equal("The town held a fair.", article.Paragraphs.First().Text);
    }

    [Fact]
    public void A_source_line_and_a_byline_after_a_glued_credit_are_all_taken_off()
    {
        var article = Parse("date 2024-01-07 The town held a fair.\n\nThe fair closed at noon. --XYZ\n\n(By Ann Lee)\n\nSource: Valley Press Agency\n");

        Assert.Equal("(By Ann Lee)", article.Byline);
        Assert.Equal("Source: Valley Press Agency", article.SourceLine);
        Assert.Equal("XYZ", article.Credit);
        Assert.Equal("The fair closed at noon.", article.Paragraphs.Last().Text);
    }

    [Fact]
    public void A_source_line_alone_names_the_agency()
    {
        var article = Parse("date 2024-01-07 The town held a fair.\n\nThe fair closed at noon.\n\nSource: Valley Press Agency\n");

        Assert.Equal("Valley Press Agency", article.Credit);
    }

    [Fact]
    public void Slash_full_stop_is_an_end_mark()
    {
        var article = Parse("date 2024-01-07 The town held a fair.\n\nThe fair closed at noon./.\n");

        Assert.Equal("The fair closed at noon.", article.Paragraphs.Last().Text);
    }

    [Fact]
    public void Glued_sentences_are_left_as_written_and_split_for_the_headline()
    {
        var article = Parse("date 2024-01-07 The town held a fair on Monday.Speaking at the fair, the mayor thanked the growers.\n\nA second paragraph.\n");

        Assert.Equal("The town held a fair on Monday.Speaking at the fair, the mayor thanked the growers.", article.Paragraphs.First().Text);
        Assert.Equal("The town held a fair", article.Title);
        Assert.Equal(["The town held a fair on Monday.", "Speaking at the fair, the mayor thanked the growers."], Sentences.Split(article.Paragraphs.First().Text));
    }

    [Theory]
    [InlineData("The U.S. Army left.")]
    [InlineData("It cost 2.5 billion riel.")]
    [InlineData("Gen. Ann Lee spoke.")]
    public void Initials_decimals_and_titles_do_not_split_a_sentence(string sentence)
    {
        Assert.Equal([sentence], Sentences.Split(sentence));
    }

    [Fact]
    public void A_long_lead_gives_a_whole_clause_of_at_most_140_characters_without_an_ellipsis()
    {
        const string lead = "The Green Valley Association of Friendship Organisations held a celebration on January 6 to mark the 44th anniversary of the founding of the valley's first cooperative of flower growers (1979 – 2023).";

        var title = Headlines.FromLead(lead);

        Assert.Equal("The Green Valley Association of Friendship Organisations held a celebration", title);
        Assert.True(title.Length <= Headlines.MaxLength);
    }
}

using Anniversary.Archive.Parsing;
using Anniversary.Archive.Tests.Support;

namespace Anniversary.Archive.Tests.Parsing;

public sealed class SeedParserTests
{
    private static ParsedArticle Parse(string text)
    {
        var result = SeedParser.Parse(text);
        Assert.True(result.Error is null, $"unexpected error: {result.Error}");
        return result.Article!;
    }

    private static SeedError Fail(string text)
    {
        var result = SeedParser.Parse(text);
        Assert.Null(result.Article);
        return Assert.IsType<SeedError>(result.Error);
    }

    private static string Seed000 => File.ReadAllText(Repository.Seed(SeedFolder.Seed000));

    private static string Seed001 => File.ReadAllText(Repository.Seed(SeedFolder.Seed001));

    private static string Json(ParsedArticle article) => GoldenArticle.From(article).ToJson();

    private static IEnumerable<string> AllText(ParsedArticle article) =>
        new[] { article.Headline, article.Standfirst, article.Dateline, article.Place, article.Credit }
            .Concat(article.Elements.Select(e => e.Text))
            .Concat(article.Captions.Select(c => c.Credit))
            .OfType<string>();


    [Fact]
    public void Crlf_gives_the_same_article_as_lf()
    {
        var lf = Seed000.Replace("\r\n", "\n");
        Assert.DoesNotContain('\r', lf);

        Assert.Equal(Json(Parse(lf)), Json(Parse(lf.Replace("\n", "\r\n"))));
        Assert.Equal(Json(Parse(Seed001)), Json(Parse(Seed001.Replace("\n", "\r\n"))));
    }

    [Fact]
    public void Crlf_leaves_no_carriage_return_in_any_text()
    {
        var article = Parse("date 2024-01-07 HANOI – A lead.\r\n\r\nA body line\r\nthat wraps.\r\n\r\nVNA\r\n");

        Assert.All(AllText(article), text => Assert.DoesNotContain('\r', text));
        Assert.Equal(["A lead.", "A body line that wraps."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted_and_appears_nowhere()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(File.ReadAllBytes(Repository.Seed(SeedFolder.Seed001))).ToArray();
        var (text, error) = SeedText.Decode(bytes);
        Assert.Null(error);

        var article = Parse(text!);

        Assert.Equal(Json(Parse(Seed001)), Json(article));
        Assert.All(AllText(article), t => Assert.DoesNotContain('\uFEFF', t));
    }

    [Fact]
    public void A_byte_order_mark_before_the_date_line_is_not_an_error()
    {
        var article = Parse("\uFEFFdate 2024-01-07 Lead sentence one.\n\nSecond paragraph.\n");

        Assert.Equal(new DateOnly(2024, 1, 7), article.Date);
        Assert.Equal("Lead sentence one.", article.Paragraphs.First().Text);
    }

    [Fact]
    public void Trailing_spaces_and_tabs_are_ignored()
    {
        var clean = Parse("date 2024-01-07 HANOI – A lead.\n\nSecond paragraph.\n\nVNA\n");
        var padded = Parse("date 2024-01-07   \t\nHANOI – A lead.   \n \t \nSecond paragraph.\t\n   \nVNA  \n");

        Assert.Equal(Json(clean), Json(padded));
        Assert.Equal("VNA", padded.Credit);
    }

    [Fact]
    public void A_missing_final_newline_changes_nothing()
    {
        const string text = "date 2024-01-07 A lead.\n\nSecond paragraph.\n\nVNA";

        Assert.Equal(Json(Parse(text + "\n")), Json(Parse(text)));
        Assert.Equal("VNA", Parse(text).Credit);
    }


    [Theory]
    [InlineData("HÀ NỘI – A gathering took place.")]
    [InlineData("HÀ NỘI — A gathering took place.")]
    [InlineData("HÀ NỘI - A gathering took place.")]
    [InlineData("HÀ NỘI -- A gathering took place.")]
    public void A_dateline_prefix_of_the_lead_is_taken_off_with_any_dash(string lead)
    {
        var article = Parse($"date 2024-01-06 {lead}\n\nSecond paragraph.\n");

        Assert.Equal("HÀ NỘI", article.Dateline);
        Assert.Equal("Hà Nội", article.Place);
        Assert.Equal("A gathering took place.", article.Paragraphs.First().Text);
        Assert.Equal("A gathering took place", article.Headline);
    }

    [Theory]
    [InlineData("HANOI, January 7 –")]
    [InlineData("HANOI, January 7 —")]
    [InlineData("HANOI, January 7 -")]
    [InlineData("HANOI, Jan. 7, 2024 -")]
    [InlineData("HANOI, 7 January -")]
    public void A_dateline_paragraph_is_taken_off_with_any_dash(string dateline)
    {
        var article = Parse($"date 2024-01-07 {dateline}\n\nA ceremony was held.\n\nSecond paragraph.\n");

        Assert.Equal(dateline.TrimEnd(' ', '-', '–', '—'), article.Dateline);
        Assert.Equal("Hanoi", article.Place);
        Assert.Equal(["A ceremony was held.", "Second paragraph."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_dateline_with_an_agency_tag_and_no_dash_is_a_dateline()
    {
        var article = Parse("date 2024-01-07\nHANOI (VNA)\n\nA ceremony was held.\n");

        Assert.Equal("HANOI (VNA)", article.Dateline);
        Assert.Equal("Hanoi", article.Place);
        Assert.Equal("A ceremony was held.", Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public void A_dateline_prefix_with_an_agency_tag_is_taken_off()
    {
        var article = Parse("date 2024-01-07 HÀ NỘI (VNA) – A ceremony was held.\n\nSecond paragraph.\n");

        Assert.Equal("HÀ NỘI (VNA)", article.Dateline);
        Assert.Equal("Hà Nội", article.Place);
        Assert.Equal("A ceremony was held.", article.Paragraphs.First().Text);
    }

    [Fact]
    public void The_agencys_mixed_case_dateline_prefix_is_taken_off()
    {
        // The Vietnam News Agency's English service opens its reports "Hanoi (VNA) – ".
        var article = Parse("date 2024-01-07 Hanoi (VNA) – A ceremony was held in the capital.\n\nSecond paragraph.\n");

        Assert.Equal("Hanoi", article.Place);
        Assert.Equal("Hanoi (VNA)", article.Dateline);
        Assert.Equal("A ceremony was held in the capital.", article.Paragraphs.First().Text);
    }

    [Fact]
    public void A_hyphenated_capitalised_compound_opening_the_lead_is_not_a_dateline()
    {
        var article = Parse("date 2024-01-07 ASEAN-JAPAN ties were the focus of talks in Tokyo on Sunday.\n\nSecond paragraph.\n");

        Assert.Null(article.Dateline);
        Assert.Null(article.Place);
        Assert.Equal("ASEAN-JAPAN ties were the focus of talks in Tokyo on Sunday.", article.Paragraphs.First().Text);
    }

    [Fact]
    public void An_all_caps_headline_is_not_a_dateline()
    {
        var article = Parse("date 2024-01-07 HANOI MARKS VICTORY ANNIVERSARY\n\nA ceremony was held.\n\nSecond paragraph.\n");

        Assert.Null(article.Dateline);
        Assert.Equal("HANOI MARKS VICTORY ANNIVERSARY", article.Headline);
        Assert.Equal(2, article.Paragraphs.Count());
    }


    [Theory]
    [InlineData("Delegates at the event (Photo: VNA)", "Delegates at the event", "VNA")]
    [InlineData("Delegates at the event (Photo: VNA/Nguyen Van A)", "Delegates at the event", "VNA/Nguyen Van A")]
    [InlineData("Delegates at the event (Photo by Tran Viet)", "Delegates at the event", "Tran Viet")]
    [InlineData("Delegates at the event (VNA Photo)", "Delegates at the event", "VNA")]
    [InlineData("Delegates at the event (File photo: VNA)", "Delegates at the event", "VNA")]
    [InlineData("Đại biểu dự lễ (Ảnh: TTXVN)", "Đại biểu dự lễ", "TTXVN")]
    [InlineData("Delegates at the event. Photo: VNA", "Delegates at the event.", "VNA")]
    [InlineData("Delegates at the event (Photo courtesy of the ministry).", "Delegates at the event", "the ministry")]
    public void A_photo_caption_keeps_its_text_and_credit(string paragraph, string caption, string credit)
    {
        var article = Parse($"date 2024-01-07 A lead.\n\n{paragraph}\n\nA closing paragraph.\n");

        Assert.Equal(
            [new GoldenElement("paragraph", "A lead."), new GoldenElement("caption", caption, credit), new GoldenElement("paragraph", "A closing paragraph.")],
            article.Elements.Select(GoldenElement.From));
    }

    [Theory]
    [InlineData("The exhibition shows photos of the war (see photo).")]
    [InlineData("He was shown in a photo taken in 1979.")]
    [InlineData("Veterans looked at the photo: it was taken in Phnom Penh.")]
    [InlineData("He kept an old picture of his unit (family photo).")]
    public void A_sentence_about_a_photo_is_not_a_caption(string paragraph)
    {
        var article = Parse($"date 2024-01-07 A lead.\n\n{paragraph}\n");

        Assert.Empty(article.Captions);
        Assert.Equal(paragraph, article.Paragraphs.Last().Text);
    }

    [Fact]
    public void A_caption_ends_a_paragraph_without_a_blank_line()
    {
        var article = Parse("date 2024-01-07 A lead.\nDelegates at the event (Photo: VNA)\nThe ceremony went on.\n");

        Assert.Equal(
            [GoldenElement.Paragraph, GoldenElement.Caption, GoldenElement.Paragraph],
            article.Elements.Select(e => GoldenElement.From(e).Kind));
    }


    [Theory]
    [InlineData("VNA", "VNA")]
    [InlineData("VNA/VNS", "VNA/VNS")]
    [InlineData("VNA / VNS", "VNA / VNS")]
    [InlineData("(VNA)", "VNA")]
    [InlineData("VNA.", "VNA")]
    [InlineData("Source: VNA", "VNA")]
    [InlineData("Nguồn: TTXVN", "TTXVN")]
    public void A_credit_on_its_own_line_is_taken_off(string line, string credit)
    {
        var article = Parse($"date 2024-01-07 A lead.\n\nThe last sentence.\n\n{line}\n");

        Assert.Equal(credit, article.Credit);
        Assert.Equal(["A lead.", "The last sentence."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_credit_on_the_line_after_the_last_sentence_is_taken_off()
    {
        var article = Parse("date 2024-01-07 A lead.\n\nThe last sentence.\nVNA\n");

        Assert.Equal("VNA", article.Credit);
        Assert.Equal("The last sentence.", article.Paragraphs.Last().Text);
    }

    [Theory]
    [InlineData("The last sentence. VNA/VNS", "The last sentence.", "VNA/VNS")]
    [InlineData("The last sentence. VNA", "The last sentence.", "VNA")]
    [InlineData("The last sentence. – VNA", "The last sentence.", "VNA")]
    [InlineData("The last sentence.—VNA/VNS", "The last sentence.", "VNA/VNS")]
    [InlineData("The last sentence. (VNA)", "The last sentence.", "VNA")]
    [InlineData("“We will never forget,” he said.” VNA", "“We will never forget,” he said.”", "VNA")]
    [InlineData("The last sentence. VNA/VNS (END)", "The last sentence.", "VNA/VNS")]
    public void A_credit_glued_to_the_last_sentence_is_taken_off(string last, string text, string credit)
    {
        var article = Parse($"date 2024-01-07 A lead.\n\n{last}\n");

        Assert.Equal(credit, article.Credit);
        Assert.Equal(text, article.Paragraphs.Last().Text);
    }

    [Theory]
    [InlineData("The talks were held at the headquarters of ASEAN.")]
    [InlineData("It was attended by the US and the UK")]
    public void A_last_sentence_ending_in_capitals_keeps_them(string last)
    {
        var article = Parse($"date 2024-01-07 A lead.\n\n{last}\n");

        Assert.Null(article.Credit);
        Assert.Equal(last, article.Paragraphs.Last().Text);
    }

    [Theory]
    [InlineData("(END)")]
    [InlineData("END")]
    [InlineData("( END )")]
    [InlineData("HẾT")]
    [InlineData("-30-")]
    [InlineData("###")]
    [InlineData("—")]
    public void An_end_mark_is_dropped(string mark)
    {
        var article = Parse($"date 2024-01-07 A lead.\n\nThe last sentence.\n\nVNA\n\n{mark}\n");

        Assert.Equal("VNA", article.Credit);
        Assert.Equal(["A lead.", "The last sentence."], article.Elements.Select(e => e.Text));
    }

    [Fact]
    public void An_end_mark_without_a_credit_is_dropped()
    {
        var article = Parse("date 2024-01-07 A lead.\n\nThe last sentence.\n\n(END)\n");

        Assert.Null(article.Credit);
        Assert.Equal(["A lead.", "The last sentence."], article.Elements.Select(e => e.Text));
    }

    [Fact]
    public void An_end_mark_glued_to_the_last_sentence_is_not_a_credit()
    {
        var article = Parse("date 2024-01-07 A lead.\n\nThe last sentence. (END)\n");

        Assert.Null(article.Credit);
        Assert.Equal("The last sentence.", article.Paragraphs.Last().Text);
    }


    [Fact]
    public void A_headline_on_the_first_line_is_the_headline_not_the_lead()
    {
        var article = Parse("date 2024-01-07 Hanoi ceremony marks victory anniversary\n\nHigh-ranking leaders met in Hanoi on January 7.\n\nSecond paragraph.\n");

        Assert.Equal("Hanoi ceremony marks victory anniversary", article.Headline);
        Assert.Equal(["High-ranking leaders met in Hanoi on January 7.", "Second paragraph."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_headline_on_its_own_line_after_the_date_is_the_headline()
    {
        var article = Parse("date 2024-01-07\nHanoi ceremony marks victory anniversary\n\nHANOI – High-ranking leaders met on January 7.\n\nSecond paragraph.\n");

        Assert.Equal("Hanoi ceremony marks victory anniversary", article.Headline);
        Assert.Equal("Hanoi", article.Place);
        Assert.Equal("High-ranking leaders met on January 7.", article.Paragraphs.First().Text);
    }

    [Fact]
    public void A_lead_repeated_as_the_opening_of_a_later_paragraph_is_the_standfirst()
    {
        var article = Parse(
            "date 2024-01-07 Leaders recalled the victory in Hanoi on January 7.\n\n" +
            "Delegates at the event (Photo: VNA)\n\n" +
            "Leaders recalled the victory in Hanoi on January 7 to mark its 45th anniversary.\n\n" +
            "Second paragraph.\n");

        Assert.Equal("Leaders recalled the victory in Hanoi on January 7.", article.Standfirst);
        Assert.Equal(
            ["Delegates at the event", "Leaders recalled the victory in Hanoi on January 7 to mark its 45th anniversary.", "Second paragraph."],
            article.Elements.Select(e => e.Text));
        Assert.Equal("Leaders recalled the victory in Hanoi on January 7", article.Headline);
    }

    [Fact]
    public void A_lead_that_is_not_repeated_stays_the_first_paragraph()
    {
        var article = Parse("date 2024-01-07 Leaders recalled the victory.\n\nThe ceremony was held in Hanoi.\n");

        Assert.Null(article.Standfirst);
        Assert.Equal("Leaders recalled the victory.", article.Paragraphs.First().Text);
    }

    [Fact]
    public void A_headline_is_the_leads_first_sentence()
    {
        var article = Parse("date 2024-01-07 Leaders met in Hanoi. They recalled the victory of 1979.\n\nSecond paragraph.\n");

        Assert.Equal("Leaders met in Hanoi", article.Headline);
    }

    [Fact]
    public void A_headline_is_at_most_100_characters_and_never_cut_mid_word()
    {
        const string lead = "High-ranking leaders and people of Vietnam and Cambodia recalled the Vietnam-Cambodia coordination to fight their common enemies during a ceremony.";

        var headline = SeedParser.HeadlineFrom(lead);

        Assert.Equal("High-ranking leaders and people of Vietnam and Cambodia recalled the Vietnam-Cambodia coordination…", headline);
        Assert.True(headline.Length <= SeedParser.MaxHeadlineLength, $"{headline.Length} characters");
    }

    [Theory]
    [InlineData(60)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(101)]
    [InlineData(150)]
    [InlineData(400)]
    public void Every_derived_headline_fits_and_ends_on_a_whole_word(int length)
    {
        var words = new[] { "anniversary", "of", "the", "victory", "in", "Phnom", "Penh", "Cambodia", "Vietnam", "border" };
        var lead = string.Empty;
        for (var i = 0; lead.Length < length; i++)
        {
            lead += (lead.Length == 0 ? "" : " ") + words[i % words.Length];
        }

        lead = lead[..length].TrimEnd();

        var headline = SeedParser.HeadlineFrom(lead);

        Assert.True(headline.Length <= SeedParser.MaxHeadlineLength, $"{headline.Length} characters: {headline}");
        var kept = headline.TrimEnd('…');
        Assert.StartsWith(kept, lead, StringComparison.Ordinal);
        Assert.True(kept.Length == lead.Length || lead[kept.Length] == ' ', $"cut mid-word: {headline}");
        Assert.Equal(kept.Length < lead.Length, headline.EndsWith('…'));
    }

    [Fact]
    public void A_headline_of_exactly_100_characters_is_kept_whole()
    {
        var lead = string.Join(' ', Enumerable.Repeat("abcd", 20))[..99] + "e";
        Assert.Equal(100, lead.Length);

        Assert.Equal(lead, SeedParser.HeadlineFrom(lead + "."));
    }

    [Fact]
    public void A_headline_without_spaces_is_cut_hard_with_an_ellipsis()
    {
        var headline = SeedParser.HeadlineFrom(new string('x', 150));

        Assert.Equal(new string('x', 99) + "…", headline);
    }

    [Theory]
    [InlineData("Gen. Vo Nguyen Giap led the army to victory at Dien Bien Phu in 1954.", "Gen. Vo Nguyen Giap led the army to victory at Dien Bien Phu in 1954")]
    [InlineData("Mr. Thuong laid flowers at the monument. The ceremony followed.", "Mr. Thuong laid flowers at the monument")]
    public void An_abbreviation_does_not_end_the_headlines_sentence(string lead, string headline)
    {
        Assert.Equal(headline, SeedParser.HeadlineFrom(lead));
    }

    [Fact]
    public void A_date_line_followed_only_by_a_headline_makes_the_headline_the_lead()
    {
        var article = Parse("date 2024-01-07 Hanoi ceremony marks victory anniversary\n");

        Assert.Equal("Hanoi ceremony marks victory anniversary", article.Headline);
        Assert.Equal("Hanoi ceremony marks victory anniversary", Assert.Single(article.Paragraphs).Text);
    }


    [Fact]
    public void Wrapped_lines_join_into_one_paragraph_and_a_sentence_end_starts_a_new_one()
    {
        var article = Parse("date 2024-01-07 A lead that wraps\nonto a second line.\nA new paragraph\nwraps too.\n\nThird.\n");

        Assert.Equal(["A lead that wraps onto a second line.", "A new paragraph wraps too.", "Third."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Blank_lines_before_the_date_line_are_allowed()
    {
        var article = Parse("\n\n  \ndate 2024-01-07 A lead.\n");

        Assert.Equal(new DateOnly(2024, 1, 7), article.Date);
    }


    [Theory]
    [InlineData("A lead without a date line.\n\nSecond paragraph.\n")]
    [InlineData("Date 2024-01-07 A lead.\n")]
    [InlineData("2024-01-07 A lead.\n")]
    [InlineData("Hanoi ceremony\ndate 2024-01-07 A lead.\n")]
    public void A_missing_date_line_is_an_error_naming_line_1(string text)
    {
        var error = Fail(text);

        Assert.Equal(1, error.Line);
        Assert.Contains("date YYYY-MM-DD", error.Reason);
    }

    [Theory]
    [InlineData("date 2024-02-30 A lead.\n", "2024-02-30")]
    [InlineData("date 2024-13-01 A lead.\n", "2024-13-01")]
    [InlineData("date 2023-02-29 A lead.\n", "2023-02-29")]
    [InlineData("date 2024-00-10 A lead.\n", "2024-00-10")]
    public void An_impossible_date_is_an_error_with_its_line(string text, string date)
    {
        var error = Fail(text);

        Assert.Equal(1, error.Line);
        Assert.Contains(date, error.Reason);
        Assert.Contains("not a calendar date", error.Reason);
    }

    [Theory]
    [InlineData("date 2024/01/07 A lead.\n")]
    [InlineData("date 24-01-07 A lead.\n")]
    [InlineData("date 2024-1-7 A lead.\n")]
    [InlineData("date 2024-01-07x A lead.\n")]
    [InlineData("date January 7, 2024 A lead.\n")]
    public void A_malformed_date_is_an_error_with_its_line(string text)
    {
        Assert.Equal(1, Fail(text).Line);
    }

    [Fact]
    public void An_impossible_date_after_blank_lines_names_the_date_lines_own_line()
    {
        var error = Fail("\n\ndate 2024-02-30 A lead.\n");

        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData("   \n\t\n  \r\n")]
    [InlineData("\uFEFF")]
    public void An_empty_or_blank_file_is_an_error(string text)
    {
        var error = Fail(text);

        Assert.Equal(1, error.Line);
        Assert.Contains("no text", error.Reason);
    }

    [Fact]
    public void A_date_line_with_nothing_after_it_is_an_error()
    {
        var error = Fail("date 2024-01-07\n\n\n");

        Assert.Equal(1, error.Line);
        Assert.Contains("no text", error.Reason);
    }

    [Theory]
    [InlineData("date 2024-01-07 A lead.\n\nSecond\0 paragraph.\n", 3, "U+0000")]
    [InlineData("date 2024-01-07\0 A lead.\n", 1, "U+0000")]
    [InlineData("date 2024-01-07 A lead.\r\n\r\nSecond.\r\n\r\nThird\u0007.\r\n", 5, "U+0007")]
    [InlineData("date 2024-01-07 A lead.\n\nSecond.\n\fThird.\n", 4, "U+000C")]
    public void A_control_character_is_an_error_naming_its_line(string text, int line, string character)
    {
        var error = Fail(text);

        Assert.Equal(line, error.Line);
        Assert.Contains(character, error.Reason);
    }

    [Fact]
    public void A_tab_is_not_a_control_character_error()
    {
        var article = Parse("date 2024-01-07 A lead.\n\n\tAn indented paragraph.\n");

        Assert.Equal("An indented paragraph.", article.Paragraphs.Last().Text);
    }
}

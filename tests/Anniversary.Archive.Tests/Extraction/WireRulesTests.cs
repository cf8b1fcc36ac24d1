using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>The rules issue 20 added, each on a small input: gazetteer, honorifics, name variants, roles, event places, days and anniversaries.</summary>
public sealed class WireRulesTests
{
    [Theory]
    [InlineData("Delegates from Prey Veng and Tbong Khmum joined.")]
    [InlineData("The Kampong Cham governor spoke.")]
    public void A_province_of_the_gazetteer_is_never_a_person(string text)
    {
        Assert.Empty(ArticleExtractor.Extract(Articles.Of(text)).People);
    }

    [Fact]
    public void An_honorific_is_neither_the_name_nor_the_role()
    {
        var facts = ArticleExtractor.Extract(Articles.Of("The event saw the presence of National Assembly President Samdech Khuon Sudary and Lok Chumteav Nuon Sokha."));

        Assert.Contains(facts.People, p => p.Key == "khuon sudary" && p.Role == "National Assembly President");
        Assert.Contains(facts.People, p => p.Key == "nuon sokha" && p.Role is null);
    }

    [Theory]
    [InlineData("mao sophan", "mao sophal", true)]
    [InlineData("tep nara", "tep narra", true)]
    [InlineData("nguyen van hai", "nguyen van ha", false)]
    [InlineData("pol sopheap", "pol pot", false)]
    public void A_one_letter_misspelling_of_a_name_is_the_same_person(string a, string b, bool same)
    {
        Assert.Equal(same, NameVariants.OneLetterApart(a, b));
    }

    [Fact]
    public void A_role_ends_where_a_clause_or_the_next_guest_begins()
    {
        var facts = ArticleExtractor.Extract(Articles.Of(
            "Lt. Gen. Trần Văn Khiêm, Commander of the City High Command on January 4 visited the consulate. "
            + "It was attended by General Sok Pheakdey, Deputy Commander of the Army, Lt. Gen. Prum Sokhom, Secretary of State of the Ministry of National Defence, and others."));

        Assert.Equal("Commander of the City High Command", facts.People.Single(p => p.Key == "tran van khiem").Role);
        Assert.Equal("Deputy Commander of the Army", facts.People.Single(p => p.Key == "sok pheakdey").Role);
        Assert.Equal("Secretary of State of the Ministry of National Defence", facts.People.Single(p => p.Key == "prum sokhom").Role);
    }

    [Fact]
    public void The_head_of_a_regime_is_mentioned_never_present()
    {
        var facts = ArticleExtractor.Extract(Articles.Of("Attending the event were veterans who fought the genocidal regime of Pol Pot."));

        Assert.Equal(Part.Mentioned, facts.People.Single(p => p.Key == "pol pot").Part);
    }

    [Theory]
    [InlineData("held a ceremony on Monday morning", "2025-01-06")]
    [InlineData("held a meeting yesterday", "2025-01-06")]
    [InlineData("this morning joined a celebration", "2025-01-07")]
    [InlineData("On the morning of January 8, the province held", "2025-01-08")]
    [InlineData("gathered on Sunday to mark the fall of the regime on January 7, 1979", "2025-01-05")]
    public void The_day_of_an_event_is_read_against_the_reports_date(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DateMentions.EventDay(text, new DateOnly(2025, 1, 7)));
    }

    [Theory]
    [InlineData("the 44th anniversary of the January 7 Victory over the genocidal regime (1979 – 2023)", "1979-01-07")]
    [InlineData("the 46th anniversary of January 7 Victory", "1979-01-07")]
    [InlineData("the 79th anniversary of the Vietnam People's Army (December 22, 1944 - 2023)", "1944-12-22")]
    [InlineData("the 38th anniversary of 7 January 1979", "1979-01-07")]
    public void An_anniversary_counts_from_the_day_as_written(string text, string of)
    {
        var year = 1979 + int.Parse(text[(text.IndexOf("the ", StringComparison.Ordinal) + 4)..][..2]);
        Assert.Equal(DateOnly.Parse(of), AnniversaryReader.Read(text, year)?.Of);
    }

    [Fact]
    public void An_ordinal_alone_counts_from_the_day_the_report_names_in_that_year()
    {
        var read = AnniversaryReader.Read("the 38th anniversary", 2017, ["He recalled January 7, 1979."]);

        Assert.Equal(new ExtractedAnniversary(38, new DateOnly(1979, 1, 7), DatePrecision.Day), read);
    }

    [Theory]
    [InlineData("The province held a get-together in Cao Lãnh city on January 6.", "Cao Lãnh", "caolanh")]
    [InlineData("The southeastern province of Bình Phước held a ceremony to rebury soldiers who died in Cambodia.", "Bình Phước", "binhphuoc")]
    [InlineData("A delegation laid a wreath at the Vietnam-Cambodia Friendship Monument in Phnom Penh.", "Phnom Penh", "phnompenh")]
    public void The_place_of_an_event_is_a_city_or_province_never_a_venue_nor_a_country(string sentence, string place, string key)
    {
        var read = new EventPlaceReader(Lexicon.Default).Read(sentence, sentence.IndexOf("held", StringComparison.Ordinal) is var i and >= 0 ? i : 0);

        Assert.Equal((place, key), read);
    }

    [Fact]
    public void Every_data_file_is_in_the_import_formats_fingerprint()
    {
        Assert.Equal(3, Lexicon.Default.DataFingerprint.Split('.').Length);
        Assert.Equal(Lexicon.Default.Gazetteer.Fingerprint, Lexicon.Default.DataFingerprint.Split('.')[1]);
    }
}

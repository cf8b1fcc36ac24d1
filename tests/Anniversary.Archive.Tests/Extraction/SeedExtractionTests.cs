using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;
using Anniversary.Archive.Text;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The acceptance criteria for extraction, on the repository's two seeds: 000 reports the ceremony
/// in Hanoi on January 7, 2024, 001 the gathering in Hà Nội the day before.
/// </summary>
public sealed class SeedExtractionTests
{
    private static readonly ExtractedReport Ceremony = ExtractedReport.FromFile(SourceTree.Seed("000_354021721e707285.txt"));
    private static readonly ExtractedReport Gathering = ExtractedReport.FromFile(SourceTree.Seed("001_ef79043fe6377dc1.txt"));

    [Fact]
    public void The_event_of_000_is_a_ceremony_in_Hanoi_on_January_7_2024()
    {
        var ceremony = Ceremony.Facts.Event;

        Assert.NotNull(ceremony);
        Assert.Equal("ceremony", ceremony.Kind);
        Assert.Equal("Hanoi", ceremony.Place);
        Assert.Equal(new DateOnly(2024, 1, 7), ceremony.Date);
    }

    [Fact]
    public void The_event_of_001_is_a_gathering_in_Ha_Noi_on_January_6_2024()
    {
        var gathering = Gathering.Facts.Event;

        Assert.NotNull(gathering);
        Assert.Equal("gathering", gathering.Kind);
        Assert.Equal("Hà Nội", gathering.Place);
        Assert.Equal(new DateOnly(2024, 1, 6), gathering.Date);
    }

    [Fact]
    public void Hanoi_and_Ha_Noi_are_one_place()
    {
        Assert.Equal(Ceremony.Facts.Event?.PlaceKey, Gathering.Facts.Event?.PlaceKey);
        Assert.Equal("hanoi", Ceremony.Facts.Event?.PlaceKey);
    }

    [Fact]
    public void Both_seeds_mark_the_45th_anniversary_of_January_7_1979()
    {
        var expected = new ExtractedAnniversary(45, new DateOnly(1979, 1, 7), DatePrecision.Day);

        Assert.Equal(expected, Ceremony.Facts.Event?.Anniversary);
        Assert.Equal(expected, Gathering.Facts.Event?.Anniversary);
    }

    [Fact]
    public void The_two_deputy_prime_ministers_speak_at_the_ceremony_with_their_fullest_roles()
    {
        var khai = Ceremony.Person("Le Minh Khai");
        Assert.NotNull(khai);
        Assert.Equal(Part.Speaker, khai.Part);
        Assert.Equal("Vietnamese Deputy Prime Minister", khai.Role);
        Assert.Equal("Vietnam", khai.Country);

        var savoeun = Ceremony.Person("Neth Savoeun");
        Assert.NotNull(savoeun);
        Assert.Equal(Part.Speaker, savoeun.Part);
        Assert.Equal("Cambodian Deputy PM", savoeun.Role);
        Assert.Equal("Cambodia", savoeun.Country);
    }

    [Fact]
    public void The_president_of_the_Hanoi_Womens_Union_speaks_at_the_gathering()
    {
        var anh = Gathering.Person("Lê Kim Anh");

        Assert.NotNull(anh);
        Assert.Equal(Part.Speaker, anh.Part);
        Assert.NotNull(anh.Role);
        Assert.StartsWith("President of the Hanoi Women’s Union", anh.Role);
    }

    [Fact]
    public void The_general_secretary_is_quoted_not_a_speaker()
    {
        Assert.Equal(Part.Quoted, Ceremony.Person("Nguyen Phu Trong")?.Part);
    }

    [Fact]
    public void The_state_president_and_the_ambassador_attend()
    {
        var thuong = Ceremony.Person("Vo Van Thuong");
        Assert.NotNull(thuong);
        Assert.Equal(Part.Attendee, thuong.Part);
        Assert.Equal("State President", thuong.Role);

        Assert.Equal(Part.Attendee, Gathering.Person("Chea Kimtha")?.Part);
    }

    [Fact]
    public void Pol_Pot_and_Ieng_Sary_are_mentioned_never_speakers()
    {
        Assert.Equal(Part.Mentioned, Ceremony.Person("Pol Pot")?.Part);
        Assert.Equal(Part.Mentioned, Gathering.Person("Pol Pot")?.Part);
        Assert.Equal(Part.Mentioned, Gathering.Person("Ieng Sary")?.Part);
        Assert.DoesNotContain(Ceremony.Facts.Statements.Concat(Gathering.Facts.Statements), s => s.PersonKey is "pol pot" or "ieng sary");
    }

    [Fact]
    public void No_one_else_is_read_as_a_person()
    {
        Assert.Equal(
            ["le minh khai", "neth savoeun", "nguyen phu trong", "pol pot", "vo van thuong"],
            Ceremony.Facts.People.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["chea kimtha", "ieng sary", "le kim anh", "pol pot"],
            Gathering.Facts.People.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_ceremony_speeches_run_from_Addressing_to_the_Vietnamese_Deputy_PM_and_from_For_his_part_to_It_can_be_affirmed()
    {
        var khai = Range(Ceremony, "Addressing the event,", "The Vietnamese Deputy PM affirmed").Select(p => (p, "le minh khai"));
        var savoeun = Range(Ceremony, "For his part,", "It can be affirmed").Select(p => (p, "neth savoeun"));

        Assert.Equal(
            khai.Concat(savoeun).OrderBy(s => s.p),
            Ceremony.Facts.Statements.Select(s => (s.Paragraph, s.PersonKey)).OrderBy(s => s.Paragraph));
    }

    [Fact]
    public void Paragraphs_continuing_a_speech_without_a_speech_verb_are_the_speakers()
    {
        var statements = Ceremony.Facts.Statements.ToDictionary(s => s.Paragraph, s => s.PersonKey);

        Assert.Equal("le minh khai", statements.GetValueOrDefault(Ceremony.Paragraph("Along with that,")));
        Assert.Equal("le minh khai", statements.GetValueOrDefault(Ceremony.Paragraph("In response to the call")));
        Assert.Equal("neth savoeun", statements.GetValueOrDefault(Ceremony.Paragraph("It can be affirmed")));
    }

    [Fact]
    public void Only_Le_Kim_Anhs_paragraph_is_a_statement_at_the_gathering()
    {
        var statement = Assert.Single(Gathering.Facts.Statements);

        Assert.Equal(new ExtractedStatement("le kim anh", Gathering.Paragraph("Lê Kim Anh, President")), statement);
    }

    [Fact]
    public void The_ceremony_mentions_April_1975_January_7_1979_and_July_2017_where_they_are_written()
    {
        var dates = DatesOf(Ceremony);

        Assert.Contains((Ceremony.Paragraph("He recalled the crimes"), new DateOnly(1975, 4, 1), DatePrecision.Month), dates);
        Assert.Contains((Ceremony.Paragraph("High-ranking leaders"), new DateOnly(1979, 1, 7), DatePrecision.Day), dates);
        Assert.Contains((Ceremony.Paragraph("In response to the call"), new DateOnly(1979, 1, 7), DatePrecision.Day), dates);
        Assert.Contains((Ceremony.Paragraph("Addressing the event,"), new DateOnly(2017, 7, 1), DatePrecision.Month), dates);
    }

    [Fact]
    public void The_gathering_mentions_1975_and_January_7_1979_where_they_are_written()
    {
        var dates = DatesOf(Gathering);

        Assert.Contains((Gathering.Paragraph("Shortly after winning"), new DateOnly(1975, 1, 1), DatePrecision.Year), dates);
        Assert.Contains((Gathering.Paragraph("A gathering took place"), new DateOnly(1979, 1, 7), DatePrecision.Day), dates);
        Assert.Contains((Gathering.Paragraph("To safeguard the Fatherland"), new DateOnly(1979, 1, 7), DatePrecision.Day), dates);
    }

    [Fact]
    public void The_ceremony_had_an_art_performance_and_a_testimony()
    {
        Assert.Contains("Art performance", Ceremony.MomentLabels);
        Assert.Contains("Testimony", Ceremony.MomentLabels);
    }

    [Fact]
    public void The_gathering_had_a_testimony_and_gifts_presented()
    {
        Assert.Contains("Testimony", Gathering.MomentLabels);
        Assert.Contains("Gifts presented", Gathering.MomentLabels);
    }

    private static IEnumerable<int> Range(ExtractedReport report, string firstOpening, string lastOpening)
    {
        var first = report.Paragraph(firstOpening);
        return Enumerable.Range(first, report.Paragraph(lastOpening) - first + 1);
    }

    private static List<(int Paragraph, DateOnly Date, DatePrecision Precision)> DatesOf(ExtractedReport report) =>
        report.Facts.MentionedDates.Select(d => (d.Paragraph, d.Date, d.Precision)).ToList();
}

using Anniversary.Archive.Extraction;
using Anniversary.Archive.Text;

using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The sixth round of issue 20's rules, each on a small input of invented text: roles written as descriptions,
/// speech frames of wire English, and anniversaries named without their day.
/// </summary>
public sealed class SixthRoundRolesTests
{
    private static string? RoleOf(string paragraph, string key) => Facts(Lead, paragraph).People.Single(p => p.Key == key).Role;

    [Theory]
    [InlineData("Pen Dara, 52, a cyclo driver from Chbar Ampov, said he had lost two brothers.", "pen dara", "a cyclo driver from Chbar Ampov")]
    [InlineData("Sok Lina, a Takeo salt worker, said the day belonged to the victims.", "sok lina", "a Takeo salt worker")]
    [InlineData("Chan Sophea, the Cambodian People’s Party’s district chief, said the turnout was the largest in years.", "chan sophea", "the Cambodian People’s Party’s district chief")]
    [InlineData("Former Khmer Rouge soldier turned rice farmer Ros Vanna, 68, said he came every year.", "ros vanna", "Former Khmer Rouge soldier turned rice farmer")]
    [InlineData("Political commentator Ouk Sarith said the holiday meant different things to different generations.", "ouk sarith", "Political commentator")]
    [InlineData("The speech was seen as a reply to opposition leader Kem Sokha.", "kem sokha", "opposition leader")]
    public void A_description_of_what_a_person_does_is_their_role(string paragraph, string key, string role)
    {
        Assert.Equal(role, RoleOf(paragraph, key));
    }

    [Theory]
    [InlineData("Takeo border police chief Brig. Gen. Hem Sophal said patrols had been doubled.", "hem sophal", "Takeo border police chief")]
    [InlineData("Reached by phone, district council member Nhem Bora said the school would open in May.", "nhem bora", "district council member")]
    public void A_rank_after_a_lower_case_post_is_not_part_of_it(string paragraph, string key, string role)
    {
        Assert.Equal(role, RoleOf(paragraph, key));
    }

    [Theory]
    [InlineData("Researcher Lê Thu Trang, of the Institute of History, said the letters were being catalogued.", "le thu trang", "Researcher")]
    [InlineData("H.E. Ouk Sam, Governor of Kandal province, read out a letter from the Prime Minister, to applause from the crowd.", "ouk sam", "Governor of Kandal province")]
    public void Where_a_person_works_and_a_phrase_after_a_comma_are_not_the_role(string paragraph, string key, string role)
    {
        Assert.Equal(role, RoleOf(paragraph, key));
    }

    [Fact]
    public void Participles_and_frames_of_wire_english_open_a_statement()
    {
        var facts = Facts(Lead,
            "Delivering the opening speech, H.E. Ouk Sam, Governor of Kandal province, reviewed the years of the regime.",
            "Reached by phone, lawmaker Chea Vuthy said the party would not attend.",
            "Opening the exhibition, museum director Lâm Thị Thu said the letters had been donated by families.",
            "In the words of Vuthy, the day was “for the dead, not for the living”.");

        Assert.Equal([("ouk sam", 2), ("chea vuthy", 3), ("lam thi thu", 4), ("chea vuthy", 5)], Statements(facts));
    }

    [Fact]
    public void A_relative_clause_or_a_coordinated_verb_speaks_for_the_person_it_follows()
    {
        var facts = Facts(Lead,
            "Among the first visitors was Trần Văn Hải, 70, a former driver, who said he had found his own photograph.",
            "Also present was Lok Chumteav Mao Sophy, a deputy director, who declined to give a speech but said she was grateful.",
            "Association President H.E. Keo Pheap read a message from the Prime Minister, then recalled how he had dug canals in 1977.",
            "Nuon Sopha was also quoted by the provincial radio as saying that the school would be rebuilt.");

        Assert.Equal([("tran van hai", 2), ("mao sophy", 3), ("keo pheap", 4), ("nuon sopha", 5)], Statements(facts));
    }

    [Fact]
    public void Who_once_said_and_a_message_read_out_are_no_statement()
    {
        var facts = Facts(Lead,
            "The hall bears a line by Võ Nguyên Giáp, who once said that the two peoples were one.",
            "H.E. Ouk Sam read out a message from the Prime Minister, calling on the nation to guard the peace.");

        Assert.Empty(Statements(facts));
    }

    [Fact]
    public void A_speaker_after_the_words_and_an_interjection_with_capitals()
    {
        var facts = Facts(Lead,
            "“The search will go on,” replied Mr Đặng Văn Huy, who led the delegation.",
            "Gen. Chea Dara, on behalf of the Royal Cambodian Armed Forces, expressed deep gratitude to the veterans.",
            "Veteran Đỗ Văn Lâm, 71, from Đông Anh district, told the gathering how his unit reached Phnom Penh.",
            "“The streets were empty,” the former sergeant said.");

        Assert.Equal([("dang van huy", 2), ("chea dara", 3), ("do van lam", 4), ("do van lam", 5)], Statements(facts));
    }

    [Fact]
    public void She_opening_a_paragraph_continues_an_unmarked_speaker_and_a_pronoun_later_in_the_words_tells_the_gender()
    {
        var facts = Facts(Lead,
            "Ms Nguyễn Thu Hà said the archives were open.",
            "Cambodian historian Sem Chanthy said in an interview that the young in her country knew too little.",
            "She underlined that both archives should be opened.");

        Assert.Equal([("nguyen thu ha", 2), ("sem chanthy", 3), ("sem chanthy", 4)], Statements(facts));
    }

    [Fact]
    public void The_governor_is_the_governor_rather_than_a_deputy_named_after_him()
    {
        var facts = Facts(Lead,
            "The celebration was presided over by H.E. Ek Sam, Governor of Kratie province, and Lok Chumteav Sar Thida, Deputy Governor.",
            "Speaking afterwards, the governor said the province had lost many people.");

        Assert.Equal([("ek sam", 3)], Statements(facts));
    }

    [Fact]
    public void A_vietnamese_syllable_spelt_like_a_nationality_is_part_of_the_name()
    {
        var facts = Facts(Lead, "Secretary of the provincial Party Committee Phạm Văn Thái said the border was calm.");

        Assert.Equal("Secretary of the provincial Party Committee", facts.People.Single(p => p.Key == "pham van thai").Role);
    }

    [Fact]
    public void A_newspaper_is_never_a_person()
    {
        var facts = Facts(Lead, "Historian Sem Chanthy told Nhân Dân that the archives should be opened.");

        Assert.DoesNotContain(facts.People, p => p.Key == "nhan dan");
    }

    [Theory]
    [InlineData("date 2017-01-06 HÀ NỘI — Historians met at a seminar on Thursday, ahead of the 38th anniversary of the victory over the genocidal regime on January 7.", "2017-01-05", 38, "1979-01-07")]
    [InlineData("date 2019-01-05 HÀ NỘI — The academy on Thursday held a seminar in celebration of the 40th anniversary of the victory over the genocidal regime (1979 – 2019).", "2019-01-03", 40, "1979-01-07")]
    [InlineData("date 2023-01-07 HCM CITY — An exhibition opened at the museum in HCM City on Friday, on the eve of the forty-fourth anniversary of the January 7 Victory.", "2023-01-06", 44, "1979-01-07")]
    [InlineData("date 2024-03-02 Tây Ninh (VNA) – The Tây Ninh provincial Border Guard Command on March 1 held a meeting with officers of Cambodia’s Svay Rieng province to mark the 65th founding anniversary of the Vietnam Border Guard, which was set up on March 3, 1959.", "2024-03-01", 65, "1959-03-03")]
    public void An_anniversary_counts_from_the_day_it_names_and_the_event_keeps_its_own_day(string file, string day, int ordinal, string of)
    {
        var e = EventOf(file);

        Assert.Equal((DateOnly.Parse(day), ordinal, DateOnly.Parse(of)), (e?.Date, e?.Anniversary?.Ordinal, e?.Anniversary?.Of));
    }

    [Fact]
    public void An_anniversary_of_another_year_is_not_given_the_genocidal_regime_s_day()
    {
        var read = AnniversaryReader.Read("the 30th anniversary of the victory over the genocidal regime", 2024, [], Lexicon.Default.CommemoratedDays);

        Assert.Equal((30, (DateOnly?)null, DatePrecision.Year), (read?.Ordinal, read?.Of, read?.Precision));
    }

    [Fact]
    public void People_of_a_place_are_guests_so_the_host_is_the_place()
    {
        var e = EventOf("date 2024-03-02 Tây Ninh (VNA) – The Tây Ninh provincial Border Guard Command on March 1 held a meeting with officers of Cambodia’s Svay Rieng province to mark the 65th founding anniversary of the Vietnam Border Guard.");

        Assert.Equal("tayninh", e?.PlaceKey);
    }
}

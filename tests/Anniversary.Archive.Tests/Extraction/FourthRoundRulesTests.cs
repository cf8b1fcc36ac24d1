using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;

using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The fourth round of issue 20's rules, each on a small input of invented text: speech told by a participle,
/// speakers named by their age, a pronoun or a person noun, a rank that is no post, and event days and
/// anniversaries written in the forms the family uses.
/// </summary>
public sealed class FourthRoundRulesTests
{
    [Fact]
    public void Speech_told_by_a_participle_is_the_subjects_and_he_continues_it()
    {
        var facts = Facts(Lead,
            "Academy president Kim Sovann opened the seminar by urging young researchers to collect testimonies.",
            "“Every year we lose more of them,” he said.");

        Assert.Equal([("kim sovann", 2), ("kim sovann", 3)], Statements(facts));
    }

    [Fact]
    public void A_participle_in_the_lead_sums_up_the_event_and_is_no_statement()
    {
        var facts = Facts("Prime Minister Kim Sovann led a celebration in Takeo on January 7, telling the crowd that the day gave them back their lives.");

        Assert.Empty(facts.Statements);
    }

    [Fact]
    public void A_rank_alone_is_the_role_of_an_officer_at_the_event_only()
    {
        var people = Facts(Lead,
            "Colonel Lê Văn Sáu, 72, who fought in Kampong Som, recalled the first days.",
            "Addressing the ceremony, Colonel Trần Văn Bảy said the platoon had been founded by General Võ Văn Hòa.").People;

        Assert.Null(people.Single(p => p.Key == "le van sau").Role);
        Assert.Equal("Colonel", people.Single(p => p.Key == "tran van bay").Role);
        Assert.Null(people.Single(p => p.Key == "vo van hoa").Role);
    }

    [Fact]
    public void The_year_old_is_the_person_whose_age_was_given()
    {
        var facts = Facts(Lead,
            "Veteran Đinh Văn Mạnh, 70, stood before a photo of his unit. “Half of these men did not come home,” the 70-year-old said.");

        Assert.Equal([("dinh van manh", 2)], Statements(facts));
    }

    [Theory]
    [InlineData("Keo Bopha, 66, a survivor of the labour camp, told the crowd that she had lost her husband.")]
    [InlineData("Keo Bopha, 66, shared memories of the march on the capital.")]
    public void Whatever_follows_an_age_is_about_the_speaker(string paragraph)
    {
        Assert.Equal([("keo bopha", 2)], Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void She_is_never_a_woman_the_report_has_not_named_yet()
    {
        var facts = Facts(Lead,
            "Keo Bopha, 71, from Bati district, recalled the canals.",
            "“Then we saw the cadres running away,” she added.",
            "The celebration was also attended by Lok Chumteav Ros Sreymom, Deputy Governor.");

        Assert.Equal([("keo bopha", 2), ("keo bopha", 3)], Statements(facts));
    }

    [Theory]
    [InlineData("Vice Chairwoman of the union Trần Thị Lan said the soldiers had answered the call.", "tran thi lan")]
    [InlineData("“January 7 gave us our lives back,” according to Mr. Keo Sokha, a survivor.", "keo sokha")]
    [InlineData("Today marks the anniversary of the victory, said Samdech Kim Sovann on the occasion.", "kim sovann")]
    [InlineData("Deputy Governor Ouk Sam, on behalf of the provincial authorities, thanked the participants.", "ouk sam")]
    [InlineData("Provincial Governor Chea Sokha delivered a speech in which he recalled the suffering of the people.", "chea sokha")]
    [InlineData("Governor Chea Sokha continued: “We must teach our children.”", "chea sokha")]
    [InlineData("Lok Chumteav Nuon Sokhom appealed to young people to learn the history of their country.", "nuon sokhom")]
    public void Frames_and_verbs_of_the_family_name_their_speaker(string paragraph, string speaker)
    {
        Assert.Equal([(speaker, 2)], Statements(Facts(Lead, paragraph)));
    }

    [Fact]
    public void According_to_her_is_the_woman_who_spoke_before()
    {
        var facts = Facts(Lead,
            "Vice Chairwoman of the union Trần Thị Lan said the soldiers had answered the call.",
            "According to her, more than 2,000 former soldiers live in the city.");

        Assert.Equal([("tran thi lan", 2), ("tran thi lan", 3)], Statements(facts));
    }

    [Theory]
    [InlineData("“We will never forget it. This is why the embassy invites the veterans,” the diplomat noted.")]
    [InlineData("The Cambodian officer affirmed that the search would go on.")]
    public void A_person_noun_is_the_speaker_read_last_who_holds_a_post(string paragraph)
    {
        var facts = Facts(Lead, "Brigadier General Sok Vanna, Commander of the sub-region, thanked the guests.", paragraph);

        Assert.Equal([("sok vanna", 2), ("sok vanna", 3)], Statements(facts));
    }

    [Theory]
    [InlineData("The governor of Takeo province, Chea Sokha, said a memorial would be built.", "governor of Takeo province")]
    [InlineData("Vietnam’s Ambassador to Cambodia Nguyễn Minh Vũ said the two peoples shared a destiny.", "Vietnam’s Ambassador to Cambodia")]
    [InlineData("Vice Chairwoman of the union Trần Thị Lan said the soldiers had answered the call.", "Vice Chairwoman of the union")]
    public void A_title_before_a_name_is_read_whole(string paragraph, string role)
    {
        Assert.Equal(role, Facts(Lead, paragraph).People.Single().Role);
    }

    [Theory]
    [InlineData("date 2023-01-08 Takeo (FN), Jan. 7 - Thousands of people in Takeo province joined a celebration of the 44th anniversary of the January 7 Victory Day.", "2023-01-07")]
    [InlineData("date 2023-01-08 Kandal (FN), Jan. 7 - Provincial authorities held a ceremony in Kandal province this morning to mark the 44th anniversary of the January 7 Victory Day.", "2023-01-07")]
    [InlineData("date 2022-01-10 Phnom Penh (VNA) – The Vietnamese Embassy last Friday held a ceremony in Phnom Penh to mark the 43rd anniversary of the January 7 Victory.", "2022-01-07")]
    [InlineData("date 2022-01-07 Phnom Penh (VNA) – The Vietnamese Embassy last Friday held a ceremony in Phnom Penh to mark the 43rd anniversary of the January 7 Victory.", "2021-12-31")]
    public void The_events_day_is_read_from_the_dateline_and_last_weekday(string file, string day)
    {
        Assert.Equal(DateOnly.Parse(day), EventOf(file)?.Date);
    }

    [Theory]
    [InlineData("date 2021-01-07 The 42nd anniversary of the January 7 Victory was solemnly commemorated in Kampong Cham province on January 6.", 42, "1979-01-07")]
    [InlineData("date 2023-12-03 The party held a ceremony in Phnom Penh on December 2 to celebrate the 45th founding anniversary of the Front (December 2, 1978 – 2023).", 45, "1978-12-02")]
    [InlineData("date 2019-01-07 The association held a meeting in Hanoi on January 6 to celebrate the fortieth anniversary of the January 7 Victory.", 40, "1979-01-07")]
    public void Events_told_by_a_verb_and_ordinals_in_other_forms_are_read(string file, int ordinal, string of)
    {
        var anniversary = EventOf(file)?.Anniversary;

        Assert.Equal((ordinal, DateOnly.Parse(of)), (anniversary?.Ordinal, anniversary?.Of));
    }

    [Theory]
    [InlineData("date 2023-01-07 Tay Ninh (VNA) – A ceremony was held at the Hill 82 martyrs’ cemetery on January 6 to mark the 44th anniversary of the January 7 Victory.")]
    [InlineData("date 2023-01-07 A ceremony was held in Tân Biên district on January 6 to mark the 44th anniversary of the January 7 Victory.")]
    public void A_venue_written_with_a_number_and_a_district_stand_for_their_province(string file)
    {
        Assert.Equal("tayninh", EventOf(file)?.PlaceKey);
    }

    [Fact]
    public void A_visit_told_by_a_verb_is_an_event()
    {
        var e = EventOf("date 2019-01-04 Leaders of Đồng Tháp province on January 3 visited former volunteer soldiers in Cao Lãnh city ahead of the 40th anniversary of the January 7 Victory.");

        Assert.Equal(("caolanh", new DateOnly(2019, 1, 3)), (e?.PlaceKey, e?.Date));
    }
}

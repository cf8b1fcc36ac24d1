using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The ninth round of issue 20's rules, each on a small input of invented text: a descriptive phrase after a name
/// read by its last word, a role word glued before a name, streets and places written without marks, and the place
/// of an event whose guests came from elsewhere.
/// </summary>
public sealed class NinthRoundRulesTests
{
    private static string? RoleOf(string paragraph, string key) => Facts(Lead, paragraph).People.Single(p => p.Key == key).Role;

    [Theory]
    [InlineData("Mr. Keo Vanna, 64, a retired navy captain who lost a hand in 1985, said the river was calm.", "keo vanna", "a retired navy captain")]
    [InlineData("Hoàng Văn Nam, a Vietnamese trade attaché, laid a wreath at the stupa.", "hoang van nam", "a Vietnamese trade attaché")]
    [InlineData("Pen Sokha, 70, a former gunner of Regiment 4, said the guns fell silent that morning.", "pen sokha", "a former gunner of Regiment 4")]
    [InlineData("Lim Sreymom, a singer of the district art troupe, said the songs were new.", "lim sreymom", "a singer of the district art troupe")]
    [InlineData("Chan Rithy, a deputy minister of Rural Development, thanked the hosts.", "chan rithy", "a deputy minister of Rural Development")]
    [InlineData("Venerable Hem Sokha, the temple’s abbot, led the prayers.", "hem sokha", "the temple’s abbot")]
    public void A_descriptive_phrase_after_a_name_is_read_by_the_post_that_ends_it(string paragraph, string key, string role)
    {
        Assert.Equal(role, RoleOf(paragraph, key));
    }

    [Theory]
    [InlineData("Mr. Ouk Samnang, owner of a rice mill in Kampot, presented 50 bicycles to the school.", "ouk samnang", "owner of a rice mill in Kampot")]
    [InlineData("Trần Thị Hoa, head of the Vietnamese traders’ association in Siem Reap, thanked the province.", "tran thi hoa", "head of the Vietnamese traders’ association in Siem Reap")]
    public void A_lower_case_post_and_its_body_after_a_name_is_the_role(string paragraph, string key, string role)
    {
        Assert.Equal(role, RoleOf(paragraph, key));
    }

    [Theory]
    [InlineData("Mrs. Sok Lina, 71, a survivor of the labour camp, said she still dreamed of it.", "sok lina")]
    [InlineData("Mr. Chea Dara, a veteran of the border war, laid flowers.", "chea dara")]
    public void What_a_person_lived_through_is_not_a_post(string paragraph, string key)
    {
        Assert.Null(RoleOf(paragraph, key));
    }

    [Fact]
    public void A_post_after_the_name_is_kept_rather_than_the_rank_before_it()
    {
        Assert.Equal("a Vietnamese naval attaché", RoleOf("Among the guests was Major Lê Văn Tâm, a Vietnamese naval attaché, who laid flowers.", "le van tam"));
    }

    [Theory]
    [InlineData("Former sapper Nguyễn Văn Hòa, 70, recalled the mines along the road.", "nguyen van hoa", "Former sapper")]
    [InlineData("The visitors won 3-1, with striker Lê Minh Tú, 22, scoring twice.", "le minh tu", "striker")]
    public void A_role_word_glued_before_a_name_is_its_role_without_the_preposition(string paragraph, string key, string role)
    {
        Assert.Equal(role, RoleOf(paragraph, key));
    }

    [Theory]
    [InlineData("The talks were held at the union’s office on Lý Thường Kiệt street.", "ly thuong kiet")]
    [InlineData("The exhibition opened at a gallery on phố Hàng Bạc.", "hang bac")]
    public void A_street_is_never_a_person(string paragraph, string key)
    {
        Assert.DoesNotContain(Facts(Lead, paragraph).People, p => p.Key == key);
    }

    [Fact]
    public void A_name_written_with_marks_is_not_a_town_spelled_without_them()
    {
        Assert.Contains(Facts(Lead, "Nguyễn Thị Sương said the school would open in May.").People, p => p.Key == "nguyen thi suong");
    }

    [Theory]
    [InlineData("date 2021-01-07 Veterans met in Cao Lanh city on Wednesday for a get-together to mark the 42nd anniversary of the January 7 Victory.", "caolanh")]
    [InlineData("date 2021-01-07 A ceremony was held in Tan Bien district on Wednesday to mark the 42nd anniversary of the January 7 Victory.", "tayninh")]
    public void A_town_or_district_written_without_marks_is_the_gazetteers_place(string file, string placeKey)
    {
        Assert.Equal(placeKey, EventOf(file)?.PlaceKey);
    }

    [Fact]
    public void A_place_after_in_is_where_the_event_was_rather_than_where_its_guests_came_from()
    {
        var file = "date 2016-01-10 Veterans meet guests\n\nSome 200 veterans met guests from Kampot province in Long Xuyen city on Saturday for a get-together marking the 37th anniversary of the Jan. 7 victory.";

        var found = EventOf(file);

        Assert.Equal("longxuyen", found?.PlaceKey);
        Assert.Equal(new DateOnly(1979, 1, 7), found?.Anniversary?.Of);
    }

    [Fact]
    public void A_name_syllable_between_a_closing_quote_and_a_speech_verb_is_the_speaker()
    {
        var facts = Facts(Lead, "Vice Chairman of the district People’s Committee Lê Hoài An told the students that the school was theirs.",
            "“We see you as our own children,” An said.");

        Assert.Contains(("le hoai an", 3), Statements(facts));
    }

    [Fact]
    public void A_reflexive_phrase_after_a_name_leaves_the_name_the_subject_of_the_verb()
    {
        var facts = Facts(Lead, "District governor Sok Dara, himself a former soldier, said the road had been a front line.");

        Assert.Contains(("sok dara", 2), Statements(facts));
        Assert.Equal("District governor", facts.People.Single(p => p.Key == "sok dara").Role);
    }

    [Fact]
    public void A_pronoun_closing_a_quote_stands_for_the_one_person_named_in_the_paragraph_before_without_speech()
    {
        var facts = Facts(Lead, "Governor Chea Sokha said the day was one of joy.",
            "The event was also attended by Colonel Lim Vuthy, deputy commander of the provincial police, who handed out rice.",
            "“It is our duty to remember,” he told reporters.");

        Assert.Contains(("lim vuthy", 4), Statements(facts));
        Assert.DoesNotContain(("chea sokha", 4), Statements(facts));
    }

    [Fact]
    public void A_paragraph_naming_someone_else_breaks_a_speakers_frame()
    {
        var facts = Facts(Lead, "Governor Chea Sokha said the province had rebuilt its schools.",
            "In Phnom Penh, Minister Keo Rith opened a new hospital on the same day.",
            "Chea Sokha said the province would open a museum next year.");

        Assert.DoesNotContain(("chea sokha", 3), Statements(facts));
    }

    [Fact]
    public void A_role_as_subject_of_hoped_is_a_statement_of_its_holder()
    {
        var facts = Facts(Lead, "Deputy Governor Keo Sina said the border was open.", "The deputy governor also hoped that trade would grow.");

        Assert.Contains(("keo sina", 3), Statements(facts));
    }
}

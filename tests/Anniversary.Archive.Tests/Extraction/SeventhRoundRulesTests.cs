using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The seventh round of issue 20's rules, each on a small input of invented text: what a person does written after
/// their name, roles opened by "former", honours and bodies that are no person, and a report's byline.
/// </summary>
public sealed class SeventhRoundRulesTests
{
    private static string? RoleOf(string paragraph, string key) => Facts(Lead, paragraph).People.Single(p => p.Key == key).Role;

    [Theory]
    [InlineData("Keo Dara, 61, a pepper plantation owner from Kampot, said the harvest had been good.", "keo dara", "a pepper plantation owner from Kampot")]
    [InlineData("Mao Sreyneang, 47, a vegetable seller at Kandal Market, said she had lost her father in 1977.", "mao sreyneang", "a vegetable seller at Kandal Market")]
    [InlineData("Tep Vannak, 70, a retired customs officer, said the village had been empty for a year.", "tep vannak", "a retired customs officer")]
    [InlineData("Dinh Quang Huy, a 10th grader at a school in Takeo, said he had read about the war.", "dinh quang huy", "a 10th grader at a school in Takeo")]
    [InlineData("Trương Thị Lan, a Vietnamese Heroic Mother who lost a son, was given flowers by the governor.", "truong thi lan", "a Vietnamese Heroic Mother")]
    public void What_a_person_does_after_the_name_is_their_role(string paragraph, string key, string role)
    {
        Assert.Equal(role, RoleOf(paragraph, key));
    }

    [Theory]
    [InlineData("Former army cook Hoàng Văn Tư, 77, said the kitchens moved every night.", "hoang van tu", "Former army cook")]
    [InlineData("Former Regiment 9 commander Col. Đỗ Văn Kiên said the crossing took two days.", "do van kien", "Former Regiment 9 commander")]
    [InlineData("The letters were kept by former war photographer Lý Minh Đức for forty years.", "ly minh duc", "former war photographer")]
    [InlineData("Former Khmer Rouge medic turned commune councillor Yim Sokun, 66, said he came every year.", "yim sokun", "Former Khmer Rouge medic turned commune councillor")]
    public void Former_opens_the_role_it_qualifies(string paragraph, string key, string role)
    {
        Assert.Equal(role, RoleOf(paragraph, key));
    }

    [Fact]
    public void A_rank_running_into_the_next_name_is_not_the_role_of_the_name_before()
    {
        var facts = Facts(Lead, "The ceremony was attended by Laotian Ambassador to Cambodia Khamphan Sila, Senior Lieutenant General Nguyễn Văn Đạt, former Deputy Commander of the General Staff of the Vietnam People’s Army, and some 300 former volunteer soldiers.");

        Assert.Equal("Laotian Ambassador to Cambodia", facts.People.Single(p => p.Key == "khamphan sila").Role);
        Assert.Equal("former Deputy Commander of the General Staff of the Vietnam People’s Army", facts.People.Single(p => p.Key == "nguyen van dat").Role);
    }

    [Theory]
    [InlineData("Flowers were given to a Vietnamese Heroic Mother by the provincial leaders.")]
    [InlineData("The meeting was organised by the Kampot Veterans Network with the support of the district.")]
    [InlineData("The Tram Kak Friendship Association paid for the meal.")]
    public void Honours_and_bodies_are_not_people(string paragraph)
    {
        Assert.Empty(Facts(Lead, paragraph).People);
    }

    [Fact]
    public void Names_of_a_byline_are_not_people_of_the_report()
    {
        var facts = Facts("By Minh Châu - Translated by Hải Yến", Lead, "Chea Sok, 80, said he remembered the day.");

        Assert.Equal(["chea sok"], facts.People.Select(p => p.Key));
    }

    [Fact]
    public void An_age_after_a_name_makes_it_a_person_after_a_place_preposition()
    {
        var facts = Facts(Lead, "The home team won 2-1, with both goals from Sar Pisey, 18, a student at Takeo High School.");

        Assert.Equal("a student at Takeo High School", facts.People.Single(p => p.Key == "sar pisey").Role);
    }

    [Theory]
    [InlineData("date 2017-01-08 Battambang (AKP) - A concert was staged at the provincial hall in Battambang city on Saturday evening to celebrate the 38th anniversary of January 7, 1979.", "battambangcity")]
    [InlineData("date 2016-12-03 Some 5,000 people yesterday attended a mass meeting at the Front memorial in Suong district to mark the 38th anniversary of the Front.", "tbongkhmum")]
    public void A_town_after_its_province_before_the_event_word_and_a_town_named_as_a_district(string file, string placeKey)
    {
        Assert.Equal(placeKey, EventOf(file)?.PlaceKey);
    }

    [Fact]
    public void Todays_as_a_possessive_is_not_the_day_of_the_event()
    {
        var file = "date 2016-12-03 Some 5,000 people yesterday attended a mass meeting in Kratie province to mark the 38th anniversary of the Front, the forerunner of today’s Solidarity Front.";

        Assert.Equal(new DateOnly(2016, 12, 2), EventOf(file)?.Date);
    }
}

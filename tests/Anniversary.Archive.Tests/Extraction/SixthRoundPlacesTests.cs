using Anniversary.Archive.Extraction;

using static Anniversary.Archive.Tests.Extraction.RuleInputs;

namespace Anniversary.Archive.Tests.Extraction;

/// <summary>
/// The sixth round's rules on places, each on a small input of invented text: places the gazetteer lists or that
/// the words around them show (lists closed by a place noun, pairs with a known place, venue and organisation
/// words), newspapers, long honorifics, and a town against the province of the same or another name.
/// </summary>
public sealed class SixthRoundPlacesTests
{
    private static string[] PeopleOf(params string[] paragraphs) => [.. Facts([Lead, .. paragraphs]).People.Select(p => p.Key)];

    [Theory]
    [InlineData("Deminers cleared the slopes of Phnom Krom Leu and Phnom Voar before the rains.")]
    [InlineData("Families from Chroy Sdau, Sre Ampil and Ta Lon Thmei communes came by boat.")]
    [InlineData("Trade through the Xa Mát – Trapeang Phlong gate has doubled since the road was paved.")]
    [InlineData("The delegation later visited Anlong Veng and Banteay Ampil.")]
    [InlineData("Teachers from Ang Duong High School and nurses from Calmette Hospital laid wreaths.")]
    [InlineData("Nhân Dân and Tuổi Trẻ sent reporters, as did Fresh News.")]
    [InlineData("Remains were found in Svay Chrum and Kampong Rou, near Bình Hiệp and Mỹ Quý Tây.")]
    public void Places_organisations_and_venues_are_not_people(string paragraph)
    {
        Assert.Empty(PeopleOf(paragraph));
    }

    [Theory]
    [InlineData("Lê Thanh Tùng, Vice Chairman of the municipal People’s Committee, said the city would help.", "le thanh tung")]
    [InlineData("Nguyễn Long Thành said the veterans had come from six provinces.", "nguyen long thanh")]
    [InlineData("Colonel Tân Biên Hùng said the search would go on.", "tan bien hung")]
    public void A_district_spelled_like_given_names_stays_in_a_persons_name(string paragraph, string key)
    {
        Assert.Contains(key, PeopleOf(paragraph));
    }

    [Theory]
    [InlineData("Samdech Moha Ponhea Chakrei Heng Samrin, President of the National Assembly, sent a message.", "heng samrin")]
    [InlineData("Samdech Vibol Sena Pheakdei Tea Banh, Minister of National Defence, presided.", "tea banh")]
    [InlineData("Neak Oknha Lok Chumteav Sok Chanthy, a rubber trader, donated rice.", "sok chanthy")]
    public void A_long_honorific_is_never_part_of_the_name(string paragraph, string key)
    {
        Assert.Equal([key], PeopleOf(paragraph));
    }

    [Fact]
    public void A_reporter_signing_for_a_newspaper_is_not_a_person_of_the_report()
    {
        Assert.Empty(PeopleOf("The ceremony ended with a minute of silence.", "Minh Tâm – Sài Gòn Giải Phóng"));
    }

    [Theory]
    [InlineData("date 2017-01-08 Hundreds gathered at the provincial hall in Battambang city yesterday to celebrate the 38th anniversary of January 7, 1979.", "battambangcity")]
    [InlineData("date 2016-01-07 Svay Rieng province held a celebration in Svay Rieng town this morning to mark the 37th anniversary of the January 7 Victory.", "svayriengtown")]
    [InlineData("date 2015-01-05 A delegation from Svay Rieng province on January 4 visited and extended greetings to leaders of the Mekong Delta province of Long An at their headquarters in Tân An city.", "tanan")]
    [InlineData("date 2018-01-07 About 2,000 people attended a ceremony at the Kampong Thom provincial hall yesterday to mark the 39th anniversary of January 7, 1979, the day Phnom Penh was freed.", "kampongthom")]
    [InlineData("date 2019-07-21 The provincial military command on Saturday held a reburial ceremony at the Đức Huệ district martyrs’ cemetery for 12 soldiers recovered in Cambodia’s Svay Rieng province.", "longan")]
    public void The_event_is_in_the_town_written_after_its_province_and_in_a_districts_province(string file, string placeKey)
    {
        Assert.Equal(placeKey, EventOf(file)?.PlaceKey);
    }
}

using Anniversary.Archive.Extraction;

namespace Anniversary.Archive.Tests.Extraction;

public sealed class NameReaderTests
{
    private static readonly NameReader Names = new(Lexicon.Default);

    private static ExtractionContext Found(params string[] paragraphs)
    {
        var context = Articles.Context(paragraphs);
        Names.FindPeople(context);
        return context;
    }

    [Fact]
    public void A_run_of_capitalised_words_is_a_person_keyed_by_the_folded_name()
    {
        var context = Found("Yesterday Đoàn Bảo Lâm opened the fair.");

        var person = Assert.Single(context.People.Values);
        Assert.Equal(("Đoàn Bảo Lâm", "doan bao lam"), (person.Name, person.Key));
        var mention = Assert.Single(context.Blocks[0].Mentions);
        Assert.Equal((1, 3), (mention.Start, mention.End));
    }

    [Fact]
    public void A_title_before_a_name_is_not_part_of_it()
    {
        var context = Found("Minister Lena Marsh opened the fair.");

        Assert.Equal(["lena marsh"], context.People.Keys);
    }

    [Theory]
    [InlineData("Delegates met in Green Valley last week.")]
    [InlineData("Veterans came from Hanoi and Phnom Penh.")]
    [InlineData("Delegates of the Union of Green Farmers came.")]
    public void Places_and_organisations_are_not_people(string text)
    {
        Assert.Empty(Found(text).People);
    }

    [Fact]
    public void The_last_words_of_a_name_already_read_are_that_person()
    {
        var context = Found("Clara Moss Hill arrived first.", "Later Moss Hill thanked the hosts.");

        Assert.Equal(["clara moss hill"], context.People.Keys);
        Assert.Same(context.Blocks[0].Mentions[0].Person, context.Blocks[1].Mentions[0].Person);
    }

    [Theory]
    [InlineData("Nguyễn Thị Lụa opened the fair.", "nguyen thi lua", "Female")]
    [InlineData("Trần Văn Bền opened the fair.", "tran van ben", "Male")]
    [InlineData("Lena Marsh opened the fair.", "lena marsh", "Unknown")]
    public void A_middle_name_tells_the_gender(string text, string key, string gender)
    {
        Assert.Equal(Enum.Parse<Gender>(gender), Found(text).Person(key).Gender);
    }

    [Fact]
    public void A_lone_last_word_stands_for_the_person_read_last_with_that_name()
    {
        var context = Found("Lena Marsh and Tom Marsh came.", "Marsh spoke first.");
        var tom = context.Person("tom marsh");
        tom.LastSeen = 2;
        context.Person("lena marsh").LastSeen = 1;

        Names.AddShortReferences(context.Blocks[1], NameReader.ShortNames(context.People.Values));

        var mention = Assert.Single(context.Blocks[1].Mentions);
        Assert.Same(tom, mention.Person);
        Assert.Equal((0, 0), (mention.Start, mention.End));
    }

    [Fact]
    public void A_unique_first_word_stands_for_a_name_when_no_last_word_does()
    {
        var context = Found("Lena Marsh came.");

        var shortNames = NameReader.ShortNames(context.People.Values);

        Assert.Equal(["lena", "marsh"], shortNames.Keys.Order());
    }

    [Fact]
    public void A_lone_word_that_is_no_known_name_is_not_a_mention()
    {
        var context = Found("Lena Marsh came.", "Reed spoke first.");

        Names.AddShortReferences(context.Blocks[1], NameReader.ShortNames(context.People.Values));

        Assert.Empty(context.Blocks[1].Mentions);
    }
}

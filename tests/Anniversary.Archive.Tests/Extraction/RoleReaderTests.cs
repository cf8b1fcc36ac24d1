using Anniversary.Archive.Extraction;

namespace Anniversary.Archive.Tests.Extraction;

public sealed class RoleReaderTests
{
    private static readonly RoleReader Roles = new(Lexicon.Default);

    [Fact]
    public void A_title_before_a_name_is_a_role_with_its_lower_case_words()
    {
        var context = Articles.WithPeople("Yesterday Deputy Minister of Labour and Health Tom Reed opened the fair.");

        Assert.Equal(["Deputy Minister of Labour and Health"], context.Person("tom reed").Roles);
    }

    [Fact]
    public void An_appositive_between_commas_is_a_role()
    {
        var context = Articles.WithPeople("Tom Reed, Director of the city museum, opened the fair.");

        Assert.Equal(["Director of the city museum"], context.Person("tom reed").Roles);
    }

    [Fact]
    public void A_place_before_a_title_is_not_part_of_the_role()
    {
        var context = Articles.WithPeople("In Hanoi, Ambassador Tom Reed opened the fair.");

        Assert.Equal(["Ambassador"], context.Person("tom reed").Roles);
    }

    [Fact]
    public void Words_that_are_no_title_are_no_role()
    {
        var context = Articles.WithPeople("Tom Reed, a keen gardener, opened the fair.");

        Assert.Empty(context.Person("tom reed").Roles);
    }

    [Fact]
    public void The_same_role_written_shorter_is_not_added_twice()
    {
        var context = Articles.WithPeople("Deputy Prime Minister Tom Reed came.", "Deputy PM Reed spoke.");

        Assert.Equal(["Deputy Prime Minister"], context.Person("tom reed").Roles);
    }

    [Fact]
    public void A_role_another_role_already_says_is_left_out()
    {
        var fullest = Roles.FullestRoles(["Deputy Minister", "Cambodian Deputy Foreign Minister", "Ambassador"]);

        Assert.Equal(["Cambodian Deputy Foreign Minister", "Ambassador"], fullest);
    }

    [Theory]
    [InlineData("Ms. Lena Marsh opened the fair.", "Female")]
    [InlineData("Mr Tom Reed opened the fair.", "Male")]
    [InlineData("Chairwoman Lena Marsh opened the fair.", "Female")]
    public void An_honorific_or_a_title_tells_the_gender(string text, string gender)
    {
        var context = Articles.WithPeople(text);

        Assert.Equal(Enum.Parse<Gender>(gender), Assert.Single(context.People.Values).Gender);
    }

    [Fact]
    public void A_role_after_the_names_the_person_who_holds_it()
    {
        var context = Articles.WithPeople("Minister of Health Tom Reed and Lena Marsh came.", "The Minister spoke first.");
        var block = context.Blocks[1];

        Assert.Same(context.Person("tom reed"), Roles.HolderOf(block, 1, context.People.Values));
    }

    [Fact]
    public void A_role_no_one_holds_names_no_one()
    {
        var context = Articles.WithPeople("Minister of Health Tom Reed came.", "The Ambassador spoke first.");

        Assert.Null(Roles.HolderOf(context.Blocks[1], 1, context.People.Values));
    }
}

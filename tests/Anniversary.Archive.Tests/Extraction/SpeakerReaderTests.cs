using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;

namespace Anniversary.Archive.Tests.Extraction;

public sealed class SpeakerReaderTests
{
    private static readonly SpeakerReader Speakers = new(Lexicon.Default, new RoleReader(Lexicon.Default));

    private static (ExtractionContext Context, Dictionary<int, string> Statements) Read(params string[] paragraphs)
    {
        var context = Articles.WithPeople(paragraphs);
        var statements = Speakers.ReadStatements(context);
        return (context, statements.Speakers.ToDictionary(s => s.Key, s => s.Value.Key));
    }

    [Fact]
    public void The_name_before_a_speech_verb_says_the_paragraph()
    {
        var (context, statements) = Read("Lena Marsh said the fair would grow.", "Tom Reed was there.");

        Assert.Equal(new Dictionary<int, string> { [1] = "lena marsh" }, statements);
        Assert.Equal(Part.Speaker, context.Person("lena marsh").Part);
        Assert.Equal(Part.Mentioned, context.Person("tom reed").Part);
    }

    [Fact]
    public void A_pronoun_is_the_last_speaker_of_its_gender()
    {
        var (_, statements) = Read("Ms. Lena Marsh said the fair would grow.", "Mr. Tom Reed said it would rain.", "She added that tickets were free.");

        Assert.Equal("lena marsh", statements[3]);
    }

    [Fact]
    public void She_never_means_a_man_known_to_be_one()
    {
        var (_, statements) = Read("Mr. Tom Reed said it would rain.", "She added that tickets were free.");

        Assert.False(statements.ContainsKey(2));
    }

    [Fact]
    public void A_name_after_the_verb_speaks_when_the_quote_comes_first()
    {
        var (_, statements) = Read("“We are ready,” said Minister of Health Tom Reed.");

        Assert.Equal("tom reed", statements[1]);
    }

    [Fact]
    public void A_name_with_its_appositive_speaks()
    {
        var (_, statements) = Read("Tom Reed, Director of the city museum, stressed that entry was free.");

        Assert.Equal("tom reed", statements[1]);
    }

    [Fact]
    public void A_role_after_the_speaks_for_its_holder()
    {
        var (_, statements) = Read("Minister of Health Tom Reed opened the fair.", "The Minister said the fair would grow.");

        Assert.Equal("tom reed", statements[2]);
    }

    [Fact]
    public void A_passive_verb_says_nothing()
    {
        var (_, statements) = Read("Tom Reed was said to be pleased.");

        Assert.Empty(statements);
    }

    [Fact]
    public void Paragraphs_between_two_statements_of_one_speaker_are_theirs()
    {
        var (_, statements) = Read("Lena Marsh said the fair would grow.", "Every village would send a stall.", "Marsh added that tickets were free.", "The fair closed at noon.");

        Assert.Equal(new Dictionary<int, string> { [1] = "lena marsh", [2] = "lena marsh", [3] = "lena marsh" }, statements);
    }

    [Fact]
    public void The_object_of_quoted_is_quoted()
    {
        var (context, statements) = Read("Lena Marsh quoted Tom Reed as saying the fair would grow.");

        Assert.Equal("lena marsh", statements[1]);
        Assert.Equal(Part.Quoted, context.Person("tom reed").Part);
    }
}

using Anniversary.Archive.Extraction;
using Anniversary.Archive.Model;
using Anniversary.Archive.Parsing;

namespace Anniversary.Archive.Tests.Extraction;

public sealed class PartReaderTests
{
    private static readonly PartReader Parts = new(Lexicon.Default);

    private static Part PartOf(string key, params ParsedElement[] elements)
    {
        var context = Articles.WithPeople(Articles.With(elements));
        Parts.ReadParts(context);
        return context.Person(key).Part;
    }

    [Theory]
    [InlineData("The fair saw the presence of Lena Marsh and many guests.")]
    [InlineData("Lena Marsh was also present.")]
    public void A_sentence_that_places_a_person_at_the_event_makes_an_attendee(string text)
    {
        Assert.Equal(Part.Attendee, PartOf("lena marsh", new BodyParagraph(text)));
    }

    [Fact]
    public void A_person_in_a_caption_is_an_attendee()
    {
        Assert.Equal(Part.Attendee, PartOf("lena marsh", new BodyParagraph("The fair opened."), new PhotoCaption("Lena Marsh at the fair", null)));
    }

    [Theory]
    [InlineData("The host recalled the words of Lena Marsh about the harvest.")]
    [InlineData("The host praised Lena Marsh, who once said that bread is peace.")]
    public void Words_that_reach_the_event_through_someone_else_make_a_quoted_person(string text)
    {
        Assert.Equal(Part.Quoted, PartOf("lena marsh", new BodyParagraph(text)));
    }

    [Fact]
    public void A_person_only_named_is_mentioned()
    {
        Assert.Equal(Part.Mentioned, PartOf("lena marsh", new BodyParagraph("The school bears the name of Lena Marsh.")));
    }

    [Fact]
    public void The_part_that_says_more_is_kept()
    {
        Assert.Equal(Part.Attendee, PartOf("lena marsh", new BodyParagraph("The school bears the name of Lena Marsh."), new PhotoCaption("Lena Marsh at the fair", null)));
        Assert.Equal(Part.Quoted, PartOf("lena marsh", new BodyParagraph("The host recalled the words of Lena Marsh."), new PhotoCaption("Lena Marsh at the fair", null)));
        Assert.Equal(Part.Speaker, PartReader.Strongest(Part.Attendee, Part.Speaker));
    }
}

using Anniversary.Archive.Extraction;
using Anniversary.Archive.Parsing;

namespace Anniversary.Archive.Tests.Extraction;

public sealed class MomentReaderTests
{
    private static readonly MomentReader Moments = new(Lexicon.Default);

    private static List<ExtractedMoment> Read(SortedDictionary<int, PersonState> statements, params ParsedElement[] elements) =>
        Moments.ReadMoments(new ExtractionContext(Articles.With(elements)), statements);

    [Fact]
    public void A_sentence_with_a_cue_is_a_moment_labelled_by_its_cues()
    {
        var moments = Read([], new BodyParagraph("The fair opened at nine. Pupils gave art performances and veterans shared stories of the war."));

        var moment = Assert.Single(moments);
        Assert.Equal(new ExtractedMoment("Art performance, Testimony", "Pupils gave art performances and veterans shared stories of the war.", 1, 0), moment);
    }

    [Fact]
    public void A_cue_matches_at_the_start_of_a_word_only()
    {
        Assert.Single(Read([], new BodyParagraph("Gifts were handed out.")));
        Assert.Empty(Read([], new BodyParagraph("The weather was misgifted.")));
    }

    [Fact]
    public void A_statement_is_no_moment_but_a_caption_is()
    {
        var speaker = new PersonState("Lena Marsh", "lena marsh", 0);
        var moments = Read(
            new SortedDictionary<int, PersonState> { [1] = speaker },
            new BodyParagraph("She praised the art performances."),
            new PhotoCaption("Art performances at the fair", null));

        var moment = Assert.Single(moments);
        Assert.Equal((null, 1), (moment.Paragraph, moment.Position));
    }
}

using Anniversary.Archive.Model;
using Anniversary.Archive.Reading;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Data;

/// <summary>A moment told by a sentence of its paragraph is stored as where it is there (migration <c>MomentsFoundInTheirParagraph</c>).</summary>
public sealed class MomentsFoundInTheirParagraphTests
{
    [Fact]
    public void A_sentence_of_the_paragraph_is_stored_as_its_place_and_read_back_whole_and_any_other_text_as_itself()
    {
        const string paragraph = "Delegates arrived early. Delegates offered incense at the memorial. Then they left.";

        var found = Moment.Stored(7, "Incense offered", "Delegates offered incense at the memorial.", 1, 0, paragraph);
        Assert.Equal((string.Empty, 25, 42), (found.Text, found.TextStart, found.TextLength));
        Assert.Equal("Delegates offered incense at the memorial.", Moment.TextIn(found.Text, found.TextStart, found.TextLength, paragraph));

        var caption = Moment.Stored(7, "Exhibition", "Delegates at the exhibition", null, 3, null);
        Assert.Equal("Delegates at the exhibition", Moment.TextIn(caption.Text, caption.TextStart, caption.TextLength, string.Empty));
        var elsewhere = Moment.Stored(7, "Exhibition", "Not in the paragraph.", 1, 0, paragraph);
        Assert.Equal("Not in the paragraph.", Moment.TextIn(elsewhere.Text, elsewhere.TextStart, elsewhere.TextLength, paragraph));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task An_events_moments_read_as_the_sentences_the_import_found_though_their_rows_hold_no_copy(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        await using var db = store.CreateContext();

        var extracted = new List<string>();
        var blocks = new Dictionary<string, byte[]>();
        foreach (var seed in new[] { SeedFolder.Seed000, SeedFolder.Seed001 })
        {
            var article = await store.ArticleAsync(seed);
            blocks[article.Slug] = article.Body!.Paragraphs;
            extracted.AddRange(await db.Moments.Where(m => m.ArticleId == article.Id).Select(m => m.Label).ToListAsync());
        }

        Assert.NotEmpty(extracted);
        Assert.True(await db.Moments.AnyAsync(m => m.ParagraphNumber != null && m.Text == ""));
        var moments = (await db.LatestEventsAsync(10)).SelectMany(e => e.Moments).ToList();
        Assert.Equal(extracted.Order(), moments.Select(m => m.Label).Order());
        Assert.All(moments, m => Assert.False(string.IsNullOrWhiteSpace(m.Text)));
        Assert.Contains(moments, m => m.Paragraph is not null);
        Assert.All(moments.Where(m => m.Paragraph is not null), m => Assert.Contains(m.Text, StoredParagraphs.Read(blocks[m.Article]).Single(p => p.Number == m.Paragraph).Text));
    }
}

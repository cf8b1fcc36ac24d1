using Anniversary.Archive.Model;
using Anniversary.Archive.Reading;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Data;

/// <summary>A mentioned date's text stored as where it is in its paragraph (migration <c>MentionedDatesFoundInTheirParagraph</c>).</summary>
public sealed class MentionedDatesFoundInTheirParagraphTests
{
    [Fact]
    public void A_dates_text_in_its_paragraph_is_stored_as_its_place_and_any_other_as_itself()
    {
        const string paragraph = "On January 7, 1979, the city was freed.";
        var found = new MentionedDate();
        found.StoreText("January 7, 1979", paragraph);
        Assert.Equal((string.Empty, 3, 15), (found.Text, found.TextStart, found.TextLength));
        Assert.Equal("January 7, 1979", MentionedDate.TextIn(found.Text, found.TextStart, found.TextLength, paragraph));

        var elsewhere = new MentionedDate();
        elsewhere.StoreText("7 January", paragraph);
        Assert.Equal("7 January", MentionedDate.TextIn(elsewhere.Text, elsewhere.TextStart, elsewhere.TextLength, paragraph));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task An_articles_dates_read_as_written_though_their_rows_hold_no_copy(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        await using var db = store.CreateContext();
        Assert.True(await db.MentionedDates.AnyAsync());
        Assert.Equal(0, await db.MentionedDates.CountAsync(d => d.Text != ""));

        var article = await store.ArticleAsync(SeedFolder.Seed000);
        var details = await db.ArticleAsync(article.Slug);
        Assert.NotEmpty(details!.MentionedDates);
        Assert.All(details.MentionedDates, d => Assert.Contains(d.Text, article.Paragraphs[d.Paragraph - 1].Text));
        var history = await db.HistoricalContextAsync([article.Slug]);
        Assert.All(history, h => Assert.False(string.IsNullOrEmpty(h.Text)));
    }
}

using Anniversary.Archive.Data;
using Anniversary.Archive.Reading;
using Anniversary.Archive.Search;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Data;

/// <summary>
/// Two people who speak in one paragraph each have the statement: on their pages, on the article's, and
/// in a search filtered to either of them (migration <c>TwoSpeakersInOneParagraph</c>).
/// </summary>
public sealed class TwoSpeakersInOneParagraphTests
{
    private const string Report = """
        date 2023-01-08 Veterans return to Kratie
        KRATIE – Former volunteer soldiers gathered in Kratie on January 7 to mark the 44th anniversary of the victory over the genocidal regime.

        Deputy Governor Meas Sokhon and Vietnamese Consul Trần Thị Lan both said the orchard by the river should stay open to schoolchildren all year.

        The orchard was planted in 1980 by the soldiers of one company.

        Meas Sokhon said the province would pay for a new fence around the orchard.
        """;

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Each_of_two_speakers_of_a_paragraph_has_its_statement_and_finds_it_in_a_search_filtered_to_them(ArchiveEngine engine)
    {
        using var folder = new SeedFolder().With("kratie.txt", Report);
        using var store = await ArchiveStore.CreateAsync(engine);
        Assert.Equal(1, (await store.ImportAsync(folder.Path)).Imported);
        await using var db = store.CreateContext();
        var slug = (await store.ArticleAsync("kratie.txt")).Slug;

        var article = await db.ArticleAsync(slug);
        Assert.Equal(
            [("meas-sokhon", 2), ("meas-sokhon", 4), ("tran-thi-lan", 2)],
            article!.Statements.Select(s => (s.Person, s.Paragraph)).Order());
        Assert.Equal([2, 4], (await db.PersonAsync("meas-sokhon"))!.Statements.Items.Select(s => s.Paragraph).Order());
        Assert.Equal(1, (await db.PersonAsync("tran-thi-lan"))!.Statements.Total);

        foreach (var speaker in new[] { "meas sokhon", "tran thi lan" })
        {
            var found = await SearchAsync(store, db, "schoolchildren", speaker);
            Assert.Equal([2], found.Hits.Select(h => h.Paragraph));
            Assert.All(found.Hits, h => Assert.Equal(HitType.Statement, h.Type));
        }

        // Without a filter the paragraph is one result, not one per speaker.
        var all = await SearchAsync(store, db, "schoolchildren", speaker: null);
        Assert.Equal(1, all.Total);
        Assert.Equal(2, Assert.Single(all.Hits).Paragraph);
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Migrating_back_keeps_one_speaker_a_paragraph_and_forward_keeps_every_statement(ArchiveEngine engine)
    {
        using var folder = new SeedFolder().With("kratie.txt", Report);
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(folder.Path);
        await using var db = store.CreateContext();
        Assert.Equal(3, await db.Statements.CountAsync());

        await MigrationSteps.ToJustBeforeAsync(db, "TwoSpeakersInOneParagraph");
        var kept = await StatementsAsync(db);
        Assert.Equal([2, 4], kept.Select(s => s.ParagraphNumber));
        await store.Migrator().MigrateAsync(db);

        Assert.Equal(kept, await StatementsAsync(db));
        Assert.True(await store.IntegrityCheck().CheckAsync(db));
    }

    private static async Task<SearchResults> SearchAsync(ArchiveStore store, ArchiveDbContext db, string q, string? speaker)
    {
        int? speakerId = speaker is null ? null : (await db.People.SingleAsync(p => p.Key == speaker)).Id;
        return await store.Search().SearchAsync(db, new SearchRequest(SearchQueryParser.Parse(q), speakerId, null, null, SearchKind.Both, SearchSort.Newest, 1, 50));
    }

    private static async Task<List<(int ArticleId, int ParagraphNumber, int PersonId)>> StatementsAsync(ArchiveDbContext db) =>
        (await db.Database.SqlQueryRaw<StatementRow>("SELECT \"ArticleId\", \"ParagraphNumber\", \"PersonId\" FROM \"Statements\"").ToListAsync())
            .Select(s => (s.ArticleId, s.ParagraphNumber, s.PersonId)).Order().ToList();

    private sealed record StatementRow(int ArticleId, int ParagraphNumber, int PersonId);
}

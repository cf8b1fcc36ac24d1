using Anniversary.Archive.Data.Sqlite;
using Anniversary.Archive.Search;
using Anniversary.Archive.Tests.Support;

namespace Anniversary.Archive.Tests.Search;

/// <summary>What a search lists: each text once, kinds that list exactly what they count, days named as anniversaries found by date.</summary>
public sealed class SearchResultsTests
{

    private static SeedFolder Reports() => new SeedFolder()
        .With("a.txt", "date 2024-01-05 HANOI – Officials met in the capital on January 5.\n\n" +
            "The meeting lasted an hour.\n\n" +
            "Le Van Nam, Chairman, said that the veterans deserve thanks.\n")
        .With("b.txt", "date 2024-01-06 HANOI – Veterans gathered in the capital on January 6.\n\n" +
            "They sang old songs together.\n\n" +
            "A museum hall was opened for them.\n")
        .With("c.txt", "date 2024-01-04 HANOI – A museum opened a hall in the capital on January 4.\n\n" +
            "Visitors praised the veterans who came.\n\n" +
            "The city will mark the 45th anniversary of the January 7 Victory next week.\n");

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task An_article_whose_words_are_in_a_paragraph_listed_is_listed_once_as_that_paragraph(ArchiveEngine engine)
    {
        using var seeds = Reports();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var results = await SearchAsync(store, "veterans");
        var fromA = results.Hits.Where(h => h.Date == new DateOnly(2024, 1, 5)).ToList();

        var statement = Assert.Single(fromA);
        Assert.Equal((HitType.Statement, 3), (statement.Type, statement.Paragraph));
        Assert.Equal(results.Total, results.Hits.Count);
        Assert.Equal(results.Hits.Count, results.Hits.Select(h => h.SnippetHtml).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task An_article_whose_headline_holds_the_words_stays_listed_without_repeating_its_paragraph(ArchiveEngine engine)
    {
        using var seeds = Reports();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var fromB = (await SearchAsync(store, "veterans")).Hits.Where(h => h.Date == new DateOnly(2024, 1, 6)).ToList();

        var article = Assert.Single(fromB, h => h.Type == HitType.Article);
        Assert.Contains("Veterans", article.Title);
        var paragraph = Assert.Single(fromB, h => h.Paragraph is not null);
        Assert.NotEqual(paragraph.SnippetHtml, article.SnippetHtml);
        Assert.Equal(fromB[0], article);
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task An_article_found_by_words_no_one_paragraph_holds_stays_listed(ArchiveEngine engine)
    {
        using var seeds = Reports();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var hits = (await SearchAsync(store, "museum veterans")).Hits;

        Assert.Contains(hits, h => h.Type == HitType.Article && h.Date == new DateOnly(2024, 1, 4));
        Assert.Contains(hits, h => h.Type == HitType.Article && h.Date == new DateOnly(2024, 1, 6));
        Assert.DoesNotContain(hits, h => h.Paragraph is not null);
    }

    [Theory]
    [InlineData("veterans")]
    [InlineData("capital")]
    [InlineData("January 5")]
    [InlineData("the")]
    public async Task Each_kind_counted_lists_exactly_that_many_when_chosen(string q)
    {
        using var seeds = Reports();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);

        var all = await SearchAsync(store, q);

        Assert.NotEmpty(all.Kinds);
        foreach (var kind in all.Kinds)
        {
            var chosen = Enum.Parse<SearchKind>(SearchResults.KindParameter(kind.Key), ignoreCase: true);
            var narrowed = await SearchAsync(store, q, chosen);
            Assert.Equal(kind.Count, narrowed.Total);
            Assert.All(narrowed.Hits, h => Assert.Equal(kind.Key, h.Type.ToString()));
        }
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task The_paragraphs_kind_lists_paragraphs_no_speaker_said(ArchiveEngine engine)
    {
        using var seeds = Reports();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var paragraphs = await SearchAsync(store, "the", SearchKind.Paragraphs);
        var articles = await SearchAsync(store, "the", SearchKind.Articles);

        Assert.NotEmpty(paragraphs.Hits);
        Assert.All(paragraphs.Hits, h => Assert.Equal((HitType.Paragraph, null), (h.Type, h.PersonSlug)));
        Assert.Equal(3, articles.Total);
        Assert.All(articles.Hits, h => Assert.Equal(HitType.Article, h.Type));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_day_searched_finds_the_day_named_as_an_anniversary_and_marks_it(ArchiveEngine engine)
    {
        using var seeds = Reports();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var hits = (await SearchAsync(store, "January 7")).Hits;

        var named = Assert.Single(hits, h => h.Paragraph == 3);
        Assert.Equal(new DateOnly(2024, 1, 4), named.Date);
        Assert.Equal(["January 7"], StemmedSearchTests.Marks(named.SnippetHtml));
        Assert.Empty((await SearchAsync(store, "January 8")).Hits);
    }

    private async Task<SearchResults> SearchAsync(ArchiveStore store, string q, SearchKind kind = SearchKind.Both)
    {
        await using var db = store.CreateContext();
        var request = new SearchRequest(SearchQueryParser.Parse(q), null, null, null, kind, SearchSort.Relevance, 1, PageSize: 100);
        return await store.Search().SearchAsync(db, request);
    }
}

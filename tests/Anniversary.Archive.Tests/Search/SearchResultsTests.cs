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

    /// <summary>Words of a phrase side by side across two paragraphs (d), and a phrase in one paragraph with a word in another (e).</summary>
    private static SeedFolder PhraseReports() => new SeedFolder()
        .With("d.txt", "date 2024-02-01 HANOI – Officials thanked every volunteer.\n\n" +
            "Soldiers of the old regiment sang together.\n")
        .With("e.txt", "date 2024-02-02 HUE – A ceremony honoured the volunteer soldiers.\n\n" +
            "Flowers were laid at the memorial.\n");

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_phrase_is_found_inside_one_paragraph_never_across_two(ArchiveEngine engine)
    {
        using var seeds = PhraseReports();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var phrase = await SearchAsync(store, "\"volunteer soldiers\"");
        Assert.All(phrase.Hits, h => Assert.Equal(new DateOnly(2024, 2, 2), h.Date));
        Assert.Contains(phrase.Hits, h => h.Paragraph == 1);
        Assert.Empty((await SearchAsync(store, "\"soldiers volunteer\"")).Hits);

        var words = await SearchAsync(store, "volunteer soldiers");
        Assert.Contains(words.Hits, h => h.Type == HitType.Article && h.Date == new DateOnly(2024, 2, 1));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task An_article_is_found_by_a_phrase_in_one_paragraph_and_a_word_in_another(ArchiveEngine engine)
    {
        using var seeds = PhraseReports();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var both = (await SearchAsync(store, "\"volunteer soldiers\" flowers")).Hits;
        var article = Assert.Single(both);
        Assert.Equal((HitType.Article, new DateOnly(2024, 2, 2)), (article.Type, article.Date));

        // OR and an excluded phrase are read over the whole article too.
        var either = (await SearchAsync(store, "memorial OR \"old regiment\"", SearchKind.Articles)).Hits;
        Assert.Equal([new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 2)], either.Select(h => h.Date).Order());
        var excluded = (await SearchAsync(store, "soldiers -\"volunteer soldiers\"", SearchKind.Articles)).Hits;
        Assert.Equal(new DateOnly(2024, 2, 1), Assert.Single(excluded).Date);
    }

    private async Task<SearchResults> SearchAsync(ArchiveStore store, string q, SearchKind kind = SearchKind.Both)
    {
        await using var db = store.CreateContext();
        var request = new SearchRequest(SearchQueryParser.Parse(q), null, null, null, kind, SearchSort.Relevance, 1, PageSize: 100);
        return await store.Search().SearchAsync(db, request);
    }
}

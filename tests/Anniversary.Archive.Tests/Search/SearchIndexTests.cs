using Anniversary.Archive.Search;
using Anniversary.Archive.Tests.Support;

namespace Anniversary.Archive.Tests.Search;

/// <summary>The index follows the importer: an edited re-import leaves no stale words and FTS5 stays consistent.</summary>
public sealed class SearchIndexTests
{
    private readonly SqliteSearchIndex _index = new();

    [Fact]
    public async Task An_edited_re_import_replaces_the_articles_words_and_the_index_stays_consistent()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        Assert.Equal(2, await TotalAsync(store, "\"gift packages\""));

        var edited = File.ReadAllText(seeds.PathOf(SeedFolder.Seed001)).Replace("gift packages", "flower baskets");
        seeds.With(SeedFolder.Seed001, edited);
        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal(1, summary.Updated);
        Assert.Equal(0, await TotalAsync(store, "\"gift packages\""));
        Assert.Equal(2, await TotalAsync(store, "\"flower baskets\""));
        await using var db = store.CreateContext();
        Assert.True(await _index.CheckIntegrityAsync(db));
    }

    [Fact]
    public async Task Re_importing_unchanged_files_leaves_the_index_as_it_was()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        var before = await TotalAsync(store, "hanoi");

        await store.ImportAsync(seeds.Path);

        Assert.True(before > 0);
        Assert.Equal(before, await TotalAsync(store, "hanoi"));
    }

    private async Task<int> TotalAsync(ArchiveStore store, string q)
    {
        await using var db = store.CreateContext();
        var request = new SearchRequest(SearchQueryParser.Parse(q), null, null, null, SearchKind.Both, SearchSort.Relevance, 1);
        return (await _index.SearchAsync(db, request)).Total;
    }
}

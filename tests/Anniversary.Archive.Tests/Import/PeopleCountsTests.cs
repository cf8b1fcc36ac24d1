using Anniversary.Archive.Corpus;
using Anniversary.Archive.Model;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Import;

/// <summary>The counts the importer keeps on each person are the counts of their rows, after new and edited imports alike.</summary>
public sealed class PeopleCountsTests
{
    [Fact]
    public async Task Each_persons_kept_counts_equal_their_appearances_and_statements_after_imports_and_edits()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        var corpus = new SyntheticCorpus(seed: 21);
        for (var i = 0; i < 40; i++)
        {
            seeds.With($"report-{i:00}.txt", corpus.Next());
        }

        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path, new Archive.Import.ImportOptions { BatchSize = 7 });
        await AssertCountsAsync(store);

        // Edits replace the people of some reports, so counts go down as well as up.
        for (var i = 0; i < 10; i++)
        {
            seeds.With($"report-{i:00}.txt", corpus.Next());
        }

        var summary = await store.ImportAsync(seeds.Path, new Archive.Import.ImportOptions { BatchSize = 7 });
        Assert.Equal(10, summary.Updated);
        await AssertCountsAsync(store);

        // New reports and edits in the same batches, counted on top of what the edits recounted.
        for (var i = 5; i < 55; i++)
        {
            seeds.With($"report-{i:00}.txt", corpus.Next());
        }

        summary = await store.ImportAsync(seeds.Path, new Archive.Import.ImportOptions { BatchSize = 7 });
        Assert.Equal((15, 35), (summary.Imported, summary.Updated));
        await AssertCountsAsync(store);
    }

    private static async Task AssertCountsAsync(ArchiveStore store)
    {
        await using var db = store.CreateContext();
        var people = await db.People
            .Select(p => new
            {
                p.Name,
                p.StrongestPart,
                p.ArticleCount,
                p.StatementCount,
                Strongest = p.Appearances.Min(a => (Part?)a.Part),
                Articles = p.Appearances.Count(),
                Statements = db.Statements.Count(s => s.PersonId == p.Id),
            })
            .ToListAsync();

        Assert.NotEmpty(people);
        Assert.Contains(people, p => p.Statements > 1);
        Assert.All(people, p =>
        {
            Assert.Equal(p.Strongest ?? Part.Mentioned, p.StrongestPart);
            Assert.Equal(p.Articles, p.ArticleCount);
            Assert.Equal(p.Statements, p.StatementCount);
        });
    }
}

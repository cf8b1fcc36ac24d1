using Anniversary.Archive.Search;
using System.Net;
using System.Text.RegularExpressions;
using Anniversary.Archive.Data;
using Anniversary.Archive.Data.Sqlite;
using Anniversary.Archive.Import;
using Anniversary.Archive.Model;
using Anniversary.Archive.Parsing;
using Anniversary.Archive.Reading;
using Anniversary.Archive.Tests.Support;
using Anniversary.Archive.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Anniversary.Archive.Tests.Import;

/// <summary>The importer against real SQLite files in temporary folders, as the app runs it.</summary>
public sealed partial class ArticleImporterTests
{
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    private const string Seed000 = SeedFolder.Seed000;
    private const string Seed001 = SeedFolder.Seed001;

    [Fact]
    public async Task Migrate_creates_the_database_in_a_new_folder_in_wal_mode()
    {
        using var folder = new SeedFolder();
        var file = Path.Combine(folder.Path, "nested", "archive.db");
        var connectionString = $"Data Source={file}";
        await using (var db = SqliteEngine.Context(connectionString))
        {
            await SqliteEngine.Migrator().MigrateAsync(db);

            Assert.True(File.Exists(file));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();
            Assert.Equal("wal", mode);
        }

        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    [Fact]
    public async Task The_source_texts_are_kept_whole_apart_from_the_articles()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);

        await using (var db = store.CreateContext())
        {
            var columns = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Articles')").ToListAsync();
            Assert.DoesNotContain("SourceText", columns);
        }

        Assert.Equal(File.ReadAllText(Repository.Seed(Seed000)), ArchiveStore.ImportedText(await store.ArticleAsync(Seed000)));
        Assert.Equal(File.ReadAllText(Repository.Seed(Seed001)), ArchiveStore.ImportedText(await store.ArticleAsync(Seed001)));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task First_import_of_the_seeds_stores_both_articles_with_their_editorial_titles(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);

        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal((2, 0, 0), (summary.Imported, summary.Updated, summary.Unchanged));
        Assert.Empty(summary.Failures);
        Assert.True(summary.Succeeded);

        var first = await store.ArticleAsync(Seed000);
        Assert.Equal("Hanoi ceremony marks 45th anniversary of southwest border defense victory", first.Title);
        Assert.Equal("hanoi-ceremony-marks-45th-anniversary-of-southwest-border-defense-victory", first.Slug);
        Assert.Equal("Vietnam News Agency (VNA)", first.Source);
        Assert.Equal(new DateOnly(2024, 1, 7), first.Date);
        Assert.Equal("VNA", first.Credit);
        Assert.StartsWith("High-ranking leaders and people of Vietnam and Cambodia recalled", first.Standfirst);
        Assert.Equal(15, first.Paragraphs.Count);
        Assert.Equal(2, first.Figures.Count);

        var second = await store.ArticleAsync(Seed001);
        Assert.Equal("Hà Nội meeting marks 45 years since victory of southwestern border defence", second.Title);
        Assert.Equal("ha-noi-meeting-marks-45-years-since-victory-of-southwestern-border-defence", second.Slug);
        Assert.Equal("Việt Nam News (VNA/VNS)", second.Source);
        Assert.Equal(new DateOnly(2024, 1, 6), second.Date);
        Assert.Equal("VNA/VNS", second.Credit);
        Assert.Equal("Hà Nội", second.Place);
        Assert.Null(second.Standfirst);
        Assert.Equal(7, second.Paragraphs.Count);
        Assert.Empty(second.Figures);
        Assert.Equal(File.ReadAllText(Repository.Seed(Seed001)), ArchiveStore.ImportedText(second));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Paragraphs_and_figures_keep_their_order_numbers_and_positions(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var article = await store.ArticleAsync(Seed000);

        Assert.Equal(Enumerable.Range(1, 15), article.Paragraphs.Select(p => p.Number));
        Assert.Equal([0, 6], article.Figures.Select(f => f.Position));
        Assert.Equal(
            Enumerable.Range(0, 17).Except([0, 6]),
            article.Paragraphs.Select(p => p.Position));
        Assert.Equal(["President Vo Van Thuong and delegates at the event", "An art performance at the ceremony"], article.Figures.Select(f => f.Caption));
        Assert.All(article.Figures, f => Assert.Equal("VNA", f.Credit));
        Assert.StartsWith("High-ranking leaders and people", article.Paragraphs[0].Text);
        Assert.StartsWith("Prominent among the participants", article.Paragraphs[1].Text);
        Assert.StartsWith("He recalled the crimes", article.Paragraphs[4].Text);
        Assert.StartsWith("Along with that", article.Paragraphs[5].Text);
        Assert.StartsWith("Participants listened", article.Paragraphs[14].Text);
        // The stored HTML shows exactly the paragraph's text, whatever links it adds.
        Assert.All(article.Paragraphs, p => Assert.Equal(p.Text, WebUtility.HtmlDecode(Tag().Replace(StoredParagraphHtml.Read(p.Text, p.Html), string.Empty))));
        // HTML is stored only where it is more than the encoded text: for the paragraphs that link people.
        Assert.All(article.Paragraphs.Where(p => p.Html.Length > 0), p => Assert.Contains("<a href=\"/people/", p.Html));
        Assert.Contains(article.Paragraphs, p => p.Html.Length == 0);
        Assert.Contains(article.Paragraphs, p => p.Html.Length > 0);
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_second_import_of_the_same_files_changes_no_row(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        var before = await store.DumpAsync();

        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal((0, 0, 2), (summary.Imported, summary.Updated, summary.Unchanged));
        Assert.True(summary.Succeeded);
        Assert.Contains("Hanoi ceremony", before);
        Assert.Equal(before, await store.DumpAsync());
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_changed_file_is_updated_in_place_keeping_its_slug_and_id(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        var before = await store.ArticleAsync(Seed001);
        var untouched = await store.ArticleAsync(Seed000);

        var edited = File.ReadAllText(seeds.PathOf(Seed001))
            .Replace("50 gift packages", "60 gift packages", StringComparison.Ordinal);
        seeds.With(Seed001, edited);
        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal((0, 1, 1), (summary.Imported, summary.Updated, summary.Unchanged));
        var after = await store.ArticleAsync(Seed001);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Slug, after.Slug);
        Assert.Equal(before.ImportedAtUtc, after.ImportedAtUtc);
        Assert.True(after.UpdatedAtUtc > before.UpdatedAtUtc, $"{after.UpdatedAtUtc:O} after {before.UpdatedAtUtc:O}");
        Assert.NotEqual(before.ContentHash, after.ContentHash);
        Assert.Equal(edited, ArchiveStore.ImportedText(after));
        Assert.StartsWith("On this occasion, 60 gift packages", after.Paragraphs[^1].Text);
        Assert.Equal(7, after.Paragraphs.Count);
        Assert.Equal(Enumerable.Range(1, 7), after.Paragraphs.Select(p => p.Number));

        await using var db = store.CreateContext();
        Assert.Equal(2, await db.Articles.CountAsync());
        Assert.Equal(15 + 7, (await db.Articles.Include(a => a.Body).ToListAsync()).Sum(a => a.Paragraphs.Count));
        Assert.Equal(untouched.UpdatedAtUtc, (await store.ArticleAsync(Seed000)).UpdatedAtUtc);
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_changed_editorial_headline_updates_the_title_but_not_the_slug(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);

        var metadata = File.ReadAllText(seeds.PathOf(EditorialMetadata.FileName))
            .Replace("Hanoi ceremony marks", "Hà Nội ceremony marks", StringComparison.Ordinal);
        seeds.With(EditorialMetadata.FileName, metadata);
        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal((0, 1, 1), (summary.Imported, summary.Updated, summary.Unchanged));
        var article = await store.ArticleAsync(Seed000);
        Assert.Equal("Hà Nội ceremony marks 45th anniversary of southwest border defense victory", article.Title);
        Assert.Equal("hanoi-ceremony-marks-45th-anniversary-of-southwest-border-defense-victory", article.Slug);
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_headline_with_other_words_moves_the_slug_and_the_old_one_leads_to_it(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        var before = await store.ArticleAsync(Seed000);

        var metadata = File.ReadAllText(seeds.PathOf(EditorialMetadata.FileName))
            .Replace("Hanoi ceremony marks", "Leaders in Hanoi mark", StringComparison.Ordinal);
        seeds.With(EditorialMetadata.FileName, metadata);
        await store.ImportAsync(seeds.Path);

        var after = await store.ArticleAsync(Seed000);
        Assert.Equal("leaders-in-hanoi-mark-45th-anniversary-of-southwest-border-defense-victory", after.Slug);
        await using var db = store.CreateContext();
        Assert.Equal(Links.Article(after.Date, after.Slug), await db.FormerSlugUrlAsync(before.Slug));
        Assert.Null(await db.FormerSlugUrlAsync(after.Slug));

        // Back to the first headline: the first address is the article's again, and the second redirects.
        seeds.With(EditorialMetadata.FileName, File.ReadAllText(seeds.PathOf(EditorialMetadata.FileName)).Replace("Leaders in Hanoi mark", "Hanoi ceremony marks", StringComparison.Ordinal));
        await store.ImportAsync(seeds.Path);
        await using var again = store.CreateContext();
        Assert.Equal(before.Slug, (await store.ArticleAsync(Seed000)).Slug);
        Assert.Null(await again.FormerSlugUrlAsync(before.Slug));
        Assert.Equal(Links.Article(after.Date, before.Slug), await again.FormerSlugUrlAsync(after.Slug));
    }

    /// <param name="aloneBatchSize">The seeds alone are written in the same transactions as with the refused file: the index's segments follow them.</param>
    public static TheoryData<ArchiveEngine, int, int> EnginesAndBatchSizes =>
        new() { { ArchiveEngine.Sqlite, 1000, 1000 }, { ArchiveEngine.Sqlite, 2, 1 }, { ArchiveEngine.Postgres, 1000, 1000 }, { ArchiveEngine.Postgres, 2, 1 } };

    [Theory]
    [MemberData(nameof(EnginesAndBatchSizes))]
    public async Task A_file_the_database_refuses_is_left_out_alone_and_the_rest_of_its_batch_imports(ArchiveEngine engine, int batchSize, int aloneBatchSize)
    {
        // A file sorted between the two seeds, which a trigger refuses halfway: after its article row is written.
        const string refused = "000_9-refused.txt";
        using var seeds = SeedFolder.WithRepositorySeeds()
            .With(refused, "date 2024-01-06 HANOI – A report the database refuses.\n\nMr Tran Van Refused said the paragraph cannot be kept.\n");
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.RefuseParagraphsOfFileAsync(refused);

        var summary = await store.ImportAsync(seeds.Path, new ImportOptions { BatchSize = batchSize }, FixedClock.Default);

        Assert.Equal((2, 0, 0), (summary.Imported, summary.Updated, summary.Unchanged));
        var failure = Assert.Single(summary.Failures);
        Assert.Equal((refused, (int?)null), (failure.File, failure.Line));
        Assert.Contains("could not be stored", failure.Reason);
        Assert.Contains("refused by the test trigger", failure.Reason);

        // Every row, ids (on SQLite) and the index included, is what the seeds alone give.
        using var alone = SeedFolder.WithRepositorySeeds();
        using var fresh = await ArchiveStore.CreateAsync(engine);
        await fresh.ImportAsync(alone.Path, new ImportOptions { BatchSize = aloneBatchSize }, FixedClock.Default);
        Assert.Equal((await fresh.DumpApartFromSequencesAsync()).Split('\n'), (await store.DumpApartFromSequencesAsync()).Split('\n'));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task An_import_while_another_holds_the_import_lock_is_refused_and_changes_nothing(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await using var importing = store.CreateContext();
        await importing.Database.OpenConnectionAsync();
        using (var held = await store.ImportLock().TryTakeAsync(importing))
        {
            Assert.NotNull(held);
            var refused = await store.ImportAsync(seeds.Path);

            Assert.Equal((0, 0, 0), (refused.Imported, refused.Updated, refused.Unchanged));
            Assert.Contains("another import is writing to this archive", Assert.Single(refused.Failures).Reason);
            await using var db = store.CreateContext();
            Assert.Equal(0, await db.Articles.CountAsync());
        }

        // Released, the next import writes.
        Assert.Equal(2, (await store.ImportAsync(seeds.Path)).Imported);
    }

    [Fact]
    public async Task A_large_import_builds_the_indexes_it_never_reads_after_its_rows_and_stores_the_same_archive()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var usual = await ArchiveStore.CreateAsync();
        await usual.ImportAsync(seeds.Path, new ImportOptions { BatchSize = 1, DeferIndexesFrom = int.MaxValue }, FixedClock.Default);
        var indexes = await usual.IndexesAsync();

        using var store = await ArchiveStore.CreateAsync();
        var duringImport = new List<List<string>>();
        var progress = new Recorder(() => duringImport.Add(store.IndexesAsync().GetAwaiter().GetResult()));
        await store.ImportAsync(seeds.Path, new ImportOptions { BatchSize = 1, DeferIndexesFrom = 2 }, FixedClock.Default, progress);

        Assert.Equal(2, duringImport.Count);
        Assert.All(duringImport, seen => Assert.DoesNotContain(seen, index => index.StartsWith("IX_Statements_PersonId_Date:", StringComparison.Ordinal)));
        Assert.All(duringImport, seen => Assert.Contains(seen, index => index.StartsWith("IX_Articles_Slug:", StringComparison.Ordinal)));
        Assert.Equal(indexes, await store.IndexesAsync());
        Assert.Equal((await usual.DumpAsync()).Split('\n'), (await store.DumpAsync()).Split('\n'));

        // Files already stored are not new: importing them again keeps every index up as it goes.
        duringImport.Clear();
        seeds.With(Seed001, File.ReadAllText(seeds.PathOf(Seed001)) + "\nOne more paragraph, added by an edit.\n");
        var again = await store.ImportAsync(seeds.Path, new ImportOptions { BatchSize = 1, DeferIndexesFrom = 1 }, FixedClock.Default, progress);
        Assert.Equal((0, 1, 1), (again.Imported, again.Updated, again.Unchanged));
        Assert.All(duringImport, seen => Assert.Equal(indexes, seen));
    }

    [Theory]
    [InlineData("the next import")]
    [InlineData("the next start")]
    public async Task Indexes_an_import_deferred_and_was_killed_before_building_are_built_by(string next)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        var indexes = await store.IndexesAsync();
        var before = await store.DumpAsync();

        // What a killed import leaves: the indexes dropped and noted, nothing built.
        await using (var db = store.CreateContext())
        {
            await db.Database.OpenConnectionAsync();
            await new SqliteDeferredIndexes().DeferAsync(db);
        }

        Assert.DoesNotContain(await store.IndexesAsync(), index => index.StartsWith("IX_Statements_PersonId_Date:", StringComparison.Ordinal));
        Assert.NotEqual(before, await store.DumpAsync());

        if (next == "the next import")
        {
            var summary = await store.ImportAsync(seeds.Path);
            Assert.Equal((0, 0, 2), (summary.Imported, summary.Updated, summary.Unchanged));
        }
        else
        {
            await using var db = store.CreateContext();
            await SqliteEngine.Migrator().MigrateAsync(db);
        }

        Assert.Equal(indexes, await store.IndexesAsync());
        Assert.Equal(before, await store.DumpAsync());
    }

    [Fact]
    public async Task A_start_while_an_import_is_writing_leaves_the_indexes_it_deferred_to_it()
    {
        using var store = await ArchiveStore.CreateAsync();
        await using var importing = store.CreateContext();
        await importing.Database.OpenConnectionAsync();
        var index = new SqliteDeferredIndexes();
        using var importLock = await new SqliteImportLock().TryTakeAsync(importing);
        Assert.NotNull(importLock);
        await index.DeferAsync(importing);

        await using (var starting = store.CreateContext())
        {
            await SqliteEngine.Migrator().MigrateAsync(starting);
        }

        Assert.DoesNotContain(await store.IndexesAsync(), i => i.StartsWith("IX_Statements_PersonId_Date:", StringComparison.Ordinal));
        await index.BuildAsync(importing);
        Assert.Contains(await store.IndexesAsync(), i => i.StartsWith("IX_Statements_PersonId_Date:", StringComparison.Ordinal));
    }

    /// <summary>Runs its action at each report, on the importer's own thread, as the import goes.</summary>
    private sealed class Recorder(Action onReport) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => onReport();
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task A_later_edit_that_breaks_a_file_leaves_its_article_as_it_was(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        var before = await store.DumpAsync();

        var broken = File.ReadAllText(seeds.PathOf(Seed001)).Replace(" date 2024-01-06", " date 2024-13-06", StringComparison.Ordinal);
        seeds.With(Seed001, broken);
        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal((0, 0, 1), (summary.Imported, summary.Updated, summary.Unchanged));
        var failure = Assert.Single(summary.Failures);
        Assert.Equal((Seed001, 1), (failure.File, failure.Line));
        Assert.Contains("2024-13-06", failure.Reason);
        Assert.Equal(before, await store.DumpAsync());

        // Putting the file back as it was is no change at all.
        seeds.WithBytes(Seed001, File.ReadAllBytes(Repository.Seed(Seed001)));
        var restored = await store.ImportAsync(seeds.Path);
        Assert.Equal((0, 0, 2), (restored.Imported, restored.Updated, restored.Unchanged));
        Assert.Equal(before, await store.DumpAsync());
    }

    [Fact]
    public async Task Without_articles_json_the_title_is_derived_from_the_lead()
    {
        using var seeds = SeedFolder.WithRepositorySeeds(metadata: false);
        using var store = await ArchiveStore.CreateAsync();

        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal(2, summary.Imported);
        Assert.True(summary.Succeeded);
        var article = await store.ArticleAsync(Seed001);
        Assert.Equal("A gathering took place in Hà Nội to celebrate the 45th anniversary of the victory of the war defending the southwestern border", article.Title);
        Assert.Null(article.Source);
        Assert.Equal("a-gathering-took-place-in-ha-noi-to-celebrate-the-45th-anniversary-of-the", article.Slug);
        Assert.True(article.Slug.Length <= Slug.MaxLength);
        Assert.Equal(
            "High-ranking leaders and people of Vietnam and Cambodia recalled the Vietnam-Cambodia coordination to fight their common enemies",
            (await store.ArticleAsync(Seed000)).Title);
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Two_articles_with_the_same_title_get_distinct_slugs(ArchiveEngine engine)
    {
        var text = File.ReadAllText(Repository.Seed(Seed000));
        // Different files (a trailing line break apart) that carry the same headline.
        using var seeds = new SeedFolder().With("a.txt", text).With("b.txt", text + "\n").With("c.txt", text + "\n\n");
        using var store = await ArchiveStore.CreateAsync(engine);

        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal(3, summary.Imported);
        await using var db = store.CreateContext();
        var slugs = await db.Articles.OrderBy(a => a.SourceFile).Select(a => a.Slug).ToListAsync();
        var slug = Slug.From(SeedParser.Parse(text).Article!.Headline);
        Assert.Equal([slug, slug + "-2", slug + "-3"], slugs);
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Slugs_and_duplicate_texts_are_found_across_imports_as_within_one(ArchiveEngine engine)
    {
        // The importer keeps slugs and texts as hashes and asks the database when one was seen: the
        // answers must be those of the archive, whichever import stored what.
        var text = File.ReadAllText(Repository.Seed(Seed000));
        using var first = new SeedFolder().With("a.txt", text).With("b.txt", text + "\n").With("c.txt", text + "\n\n");
        using var store = await ArchiveStore.CreateAsync(engine);
        Assert.Equal(3, (await store.ImportAsync(first.Path)).Imported);

        // Again: d has the same headline, e the bytes of a, b changed (its old bytes free again, under f).
        using var second = new SeedFolder()
            .With("a.txt", text).With("b.txt", text + "\n\n\n").With("c.txt", text + "\n\n")
            .With("d.txt", text + "\n\n\n\n").With("e.txt", text).With("f.txt", text + "\n");
        var summary = await store.ImportAsync(second.Path);

        Assert.Equal((2, 1, 2), (summary.Imported, summary.Updated, summary.Unchanged));
        var failure = Assert.Single(summary.Failures);
        Assert.Equal(("e.txt", "has the same content as a.txt, which is already imported; not imported twice"), (failure.File, failure.Reason));
        await using var db = store.CreateContext();
        var slugs = await db.Articles.OrderBy(a => a.SourceFile).Select(a => a.SourceFile + " " + a.Slug).ToListAsync();
        var slug = Slug.From(SeedParser.Parse(text).Article!.Headline);
        Assert.Equal([$"a.txt {slug}", $"b.txt {slug}-2", $"c.txt {slug}-3", $"d.txt {slug}-4", $"f.txt {slug}-5"], slugs);
    }

    [Fact]
    public async Task A_malformed_articles_json_is_reported_and_the_files_still_import()
    {
        using var seeds = SeedFolder.WithRepositorySeeds(metadata: false)
            .With(EditorialMetadata.FileName, "{\n  \"articles\": {\n    \"000_354021721e707285.txt\": { \"headline\": }\n  }\n}\n");
        using var store = await ArchiveStore.CreateAsync();

        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal(2, summary.Imported);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal((EditorialMetadata.FileName, 3), (failure.File, failure.Line));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();

        var summary = await store.ImportAsync(seeds.Path, new ImportOptions { MaxFileBytes = 3000 });

        Assert.Equal(1, summary.Imported);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal(Seed000, failure.File);
        Assert.Contains("over the limit of 3000", failure.Reason);
    }
}

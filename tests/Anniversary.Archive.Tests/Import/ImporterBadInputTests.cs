using System.Text;
using System.Text.RegularExpressions;
using Anniversary.Archive.Import;
using Anniversary.Archive.Model;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Import;

/// <summary>
/// The importer's bad-input matrix, one test per case, on real SQLite files. A refused file is named
/// (with its line where it has one) and fails the import; it changes nothing in the archive — the
/// dump of every table, the search index's included, is the same before and after — and the other
/// files of its folder import all the same.
/// The edited re-import is the case of <see cref="Search.SearchIndexTests.An_edited_re_import_replaces_the_articles_words_and_the_index_stays_consistent"/>;
/// a file broken by a later edit is <see cref="ArticleImporterTests.A_later_edit_that_breaks_a_file_leaves_its_article_as_it_was"/>.
/// </summary>
public sealed partial class ImporterBadInputTests
{
    private const string Seed000 = SeedFolder.Seed000;
    private const string Seed001 = SeedFolder.Seed001;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        await AssertRefusedAsync("empty.txt", [], line: 1, "the file has no text");
    }

    [Fact]
    public async Task A_file_of_whitespace_only_is_refused()
    {
        await AssertRefusedAsync("blank.txt", " \n\t\r\n   \n\n"u8.ToArray(), line: 1, "the file has no text");
    }

    [Fact]
    public async Task A_file_without_a_date_line_is_refused_at_its_first_line_of_text()
    {
        await AssertRefusedAsync(
            "no-date.txt", "\nHANOI – A report without its date line.\n\nSecond paragraph.\n"u8.ToArray(), line: 2, "expected the first line to start with 'date YYYY-MM-DD'");
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    public async Task An_impossible_date_is_refused(string date)
    {
        await AssertRefusedAsync("impossible.txt", Encoding.UTF8.GetBytes($"date {date} A lead.\n\nA paragraph.\n"), line: 1, $"'{date}' is not a calendar date");
    }

    [Fact]
    public async Task A_date_beyond_the_future_bound_is_refused()
    {
        // The clock reads 2030-06-15 and two days ahead are allowed: the 18th is one day too far.
        Assert.Equal(2, new ImportOptions().FutureDaysAllowed);
        await AssertRefusedAsync(
            "future.txt", "date 2030-06-18 A report from the future.\n\nA paragraph.\n"u8.ToArray(), line: 1, "date 2030-06-18 is after 2030-06-17");
    }

    [Theory]
    [InlineData("2030-06-17", 2)]
    [InlineData("2030-06-20", 5)]
    public async Task A_date_within_the_future_bound_imports(string date, int daysAllowed)
    {
        using var seeds = new SeedFolder().With("soon.txt", $"date {date} A report of the coming days.\n\nA paragraph.\n");
        using var store = await ArchiveStore.CreateAsync();

        var summary = await store.ImportAsync(seeds.Path, new ImportOptions { FutureDaysAllowed = daysAllowed }, FixedClock.Default);

        Assert.True(summary.Succeeded, string.Join("; ", summary.Failures));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), (await store.ArticleAsync("soon.txt")).Date);
    }

    [Fact]
    public async Task Invalid_utf8_is_refused_naming_its_line_and_nothing_is_replaced()
    {
        var (failure, _) = await AssertRefusedAsync(
            "latin.txt", [.. "date 2024-01-06 A lead.\n\nH"u8, 0xC0, .. " N\u1ED8I\n"u8], line: 3, "invalid UTF-8 byte 0xC0 at byte offset 26");

        Assert.DoesNotContain('\uFFFD', failure.ToString());
    }

    [Theory]
    [InlineData(false, true, "the file is UTF-16")]
    [InlineData(true, true, "the file is UTF-16")]
    [InlineData(false, false, "the file looks like UTF-16")]
    [InlineData(true, false, "the file looks like UTF-16")]
    public async Task A_utf16_file_is_refused(bool bigEndian, bool byteOrderMark, string reason)
    {
        var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark);
        var text = File.ReadAllText(Repository.Seed(Seed001));

        await AssertRefusedAsync("utf16.txt", [.. utf16.GetPreamble(), .. utf16.GetBytes(text)], line: 1, reason);
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_accepted_and_stored_nowhere()
    {
        // Without articles.json the title comes from the lead, where a mark would show first.
        using var plain = SeedFolder.WithRepositorySeeds(metadata: false);
        using var marked = SeedFolder.WithRepositorySeeds(metadata: false);
        marked.WithBytes(Seed001, [.. Encoding.UTF8.GetPreamble(), .. File.ReadAllBytes(Repository.Seed(Seed001))]);
        using var plainStore = await ArchiveStore.CreateAsync();
        using var markedStore = await ArchiveStore.CreateAsync();

        Assert.True((await plainStore.ImportAsync(plain.Path, clock: FixedClock.Default)).Succeeded);
        var summary = await markedStore.ImportAsync(marked.Path, clock: FixedClock.Default);

        Assert.Equal((2, 0), (summary.Imported, summary.Failed));
        Assert.DoesNotContain('\uFEFF', await markedStore.DumpAsync());
        var article = await markedStore.ArticleAsync(Seed001);
        Assert.StartsWith("A gathering took place", article.Title);
        Assert.Equal(File.ReadAllText(Repository.Seed(Seed001)), ArchiveStore.ImportedText(article));
        Assert.Equal(await ShownAsync(plainStore), await ShownAsync(markedStore));
    }

    [Fact]
    public async Task A_crlf_copy_is_stored_as_the_lf_original_but_for_its_own_text_as_imported()
    {
        // "Identical" is everything the archive shows and searches: every row of every table but the
        // file's own text and hashes, which stay those of its bytes (the download gives the file back).
        using var lf = SeedFolder.WithRepositorySeeds();
        using var crlf = SeedFolder.WithRepositorySeeds();
        foreach (var seed in new[] { Seed000, Seed001 })
        {
            crlf.With(seed, File.ReadAllText(Repository.Seed(seed)).ReplaceLineEndings("\r\n"));
        }

        using var lfStore = await ArchiveStore.CreateAsync();
        using var crlfStore = await ArchiveStore.CreateAsync();
        Assert.True((await lfStore.ImportAsync(lf.Path, clock: FixedClock.Default)).Succeeded);
        Assert.True((await crlfStore.ImportAsync(crlf.Path, clock: FixedClock.Default)).Succeeded);

        Assert.Contains("\r\n", File.ReadAllText(crlf.PathOf(Seed001)));
        AssertSameRows(WithoutArticleRows(await lfStore.DumpAsync()), WithoutArticleRows(await crlfStore.DumpAsync()));
        Assert.Equal(await ShownAsync(lfStore), await ShownAsync(crlfStore));
        foreach (var seed in new[] { Seed000, Seed001 })
        {
            var stored = ArchiveStore.ImportedText(await crlfStore.ArticleAsync(seed));
            Assert.Equal(File.ReadAllText(crlf.PathOf(seed)), stored);
            Assert.Equal(ArchiveStore.ImportedText(await lfStore.ArticleAsync(seed)), stored.ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public async Task A_nul_byte_is_refused_naming_its_line()
    {
        await AssertRefusedAsync("nul.txt", "date 2024-01-06 A lead.\n\nA paragraph with a NUL\0 in it.\n"u8.ToArray(), line: 3, "control character U+0000");
    }

    [Fact]
    public async Task The_same_content_under_a_second_name_is_refused_naming_the_first()
    {
        var (failure, _) = await AssertRefusedAsync("copy of the gathering.txt", File.ReadAllBytes(Repository.Seed(Seed001)), line: null, $"has the same content as {Seed001}");

        Assert.Contains("not imported twice", failure.Reason);
    }

    [Fact]
    public async Task A_link_to_a_file_outside_the_folder_is_not_followed()
    {
        using var elsewhere = new SeedFolder().WithBytes("elsewhere.txt", File.ReadAllBytes(Repository.Seed(Seed001)).Concat("\nMore.\n"u8.ToArray()).ToArray());

        await AssertRefusedAsync(
            seeds => File.CreateSymbolicLink(seeds.PathOf("outside.txt"), elsewhere.PathOf("elsewhere.txt")),
            "outside.txt", line: null, "is a link to a file outside the folder; not followed");
    }

    [Fact]
    public async Task A_link_to_a_file_of_the_folder_is_refused_as_its_second_name_whatever_the_names()
    {
        // "0-link" sorts before the file it points to: the file is still the one imported.
        await AssertRefusedAsync(
            seeds => File.CreateSymbolicLink(seeds.PathOf("0-link.txt"), seeds.PathOf(Seed001)),
            "0-link.txt", line: null, $"has the same content as {Seed001}");
    }

    [Fact]
    public async Task A_link_to_nothing_is_refused()
    {
        await AssertRefusedAsync(
            seeds => File.CreateSymbolicLink(seeds.PathOf("dangling.txt"), seeds.PathOf("gone.txt")),
            "dangling.txt", line: null, "could not be read");
    }

    [Fact]
    public async Task File_names_with_spaces_unicode_and_markup_import_with_plain_slugs_and_are_kept_as_named()
    {
        string[] names = ["tin tức Hà Nội 7.txt", "<script>alert(1)<\\script> & \"x\".txt", "日本.txt"];
        using var seeds = new SeedFolder()
            .WithBytes(names[0], File.ReadAllBytes(Repository.Seed(Seed001)))
            .With(names[1], "date 2024-01-07 <script>alert(1)</script> Lễ kỷ niệm tại Hà Nội.\n\nA paragraph.\n")
            .With(names[2], "date 2024-01-07 日本の記念式典 🎉\n\nA paragraph.\n");
        using var store = await ArchiveStore.CreateAsync();

        var summary = await store.ImportAsync(seeds.Path, clock: FixedClock.Default);

        Assert.True(summary.Succeeded, string.Join("; ", summary.Failures));
        await using var db = store.CreateContext();
        var articles = await db.Articles.OrderBy(a => a.SourceFile).Select(a => new { a.SourceFile, a.Slug }).ToListAsync();
        Assert.Equal(names.Order(StringComparer.Ordinal), articles.Select(a => a.SourceFile));
        Assert.All(articles, a => Assert.Matches(SlugShape(), a.Slug));
        Assert.Contains(articles, a => a.Slug == "script-alert-1-script-le-ky-niem-tai-ha-noi");
        Assert.Contains(articles, a => a.Slug == "untitled");
    }

    [Fact]
    public async Task A_file_name_with_a_control_character_is_refused_and_reported_on_one_line()
    {
        var (failure, _) = await AssertRefusedAsync(
            "forged\nerror: other.txt\u001B[2K.txt", File.ReadAllBytes(Repository.Seed(Seed001)).Concat("\nMore.\n"u8.ToArray()).ToArray(),
            line: null, "the file name has control characters", shownAs: @"forged\u000Aerror: other.txt\u001B[2K.txt");

        Assert.DoesNotContain('\n', failure.ToString());
        Assert.DoesNotContain('\u001B', failure.ToString());
    }

    [Fact]
    public async Task A_folder_without_txt_files_is_a_failure_that_changes_nothing()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        Assert.True((await store.ImportAsync(seeds.Path, clock: FixedClock.Default)).Succeeded);
        var before = await store.DumpAsync();
        using var other = new SeedFolder()
            .With("notes.md", "not a seed")
            .With("report.text", "date 2024-01-07 Not a .txt file.\n")
            .WithBytes(EditorialMetadata.FileName, File.ReadAllBytes(Repository.Seed(EditorialMetadata.FileName)));

        var summary = await store.ImportAsync(other.Path, clock: FixedClock.Default);

        var failure = AssertFailure(summary, other.Path, line: null, "folder has no .txt files");
        Assert.Equal((0, 0, 0), (summary.Imported, summary.Updated, summary.Unchanged));
        Assert.Equal($"{other.Path}: folder has no .txt files", failure.ToString());
        AssertSameRows(before, await store.DumpAsync());
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_a_failure_that_changes_nothing()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        Assert.True((await store.ImportAsync(seeds.Path, clock: FixedClock.Default)).Succeeded);
        var before = await store.DumpAsync();
        var missing = Path.Combine(Path.GetTempPath(), "anniversary-tests", Guid.NewGuid().ToString("N"));

        var summary = await store.ImportAsync(missing, clock: FixedClock.Default);

        AssertFailure(summary, missing, line: null, "folder does not exist");
        Assert.Equal((0, 0, 0), (summary.Imported, summary.Updated, summary.Unchanged));
        AssertSameRows(before, await store.DumpAsync());
        Assert.False(Directory.Exists(missing));
    }

    internal static Task<Refusal> AssertRefusedAsync(
        string name, byte[] bytes, int? line, string reason, ImportOptions? options = null, string? shownAs = null) =>
        AssertRefusedAsync(seeds => seeds.WithBytes(name, bytes), shownAs ?? name, line, reason, options);

    /// <summary>
    /// The matrix's one shape. The seeds are imported, the bad file is added beside them and the folder
    /// imported again: the file is refused and the dump is unchanged. Then the same folder, bad file and
    /// all, is imported into an empty archive: the seeds import, the file is refused, and the archive is
    /// the one the seeds alone made (the clock is fixed, so even import times agree).
    /// </summary>
    internal static async Task<Refusal> AssertRefusedAsync(
        Action<SeedFolder> addBadFile, string name, int? line, string reason, ImportOptions? options = null)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        var first = await store.ImportAsync(seeds.Path, options, FixedClock.Default);
        Assert.Equal((2, 0), (first.Imported, first.Failed));
        var before = await store.DumpAsync();

        addBadFile(seeds);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var later = await store.ImportAsync(seeds.Path, options, FixedClock.Default);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        var failure = AssertFailure(later, name, line, reason);
        Assert.Equal((0, 0, 2), (later.Imported, later.Updated, later.Unchanged));
        AssertSameRows(before, await store.DumpAsync());

        using var fresh = await ArchiveStore.CreateAsync();
        var together = await fresh.ImportAsync(seeds.Path, options, FixedClock.Default);

        Assert.Equal(failure, AssertFailure(together, name, line, reason));
        Assert.Equal((2, 0, 0), (together.Imported, together.Updated, together.Unchanged));
        AssertSameRows(before, await fresh.DumpAsync());
        return new Refusal(failure, allocated);
    }

    /// <summary>The failure reported, and the bytes the process allocated while the import that refused it ran.</summary>
    internal sealed record Refusal(ImportFailure Failure, long AllocatedBytes);

    private static ImportFailure AssertFailure(ImportSummary summary, string name, int? line, string reason)
    {
        Assert.False(summary.Succeeded);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal((name, line), (failure.File, failure.Line));
        Assert.Contains(reason, failure.Reason);
        Assert.StartsWith(line is { } n ? $"{name}: line {n}: " : $"{name}: ", failure.ToString());
        Assert.EndsWith($"failed {summary.Failed}", summary.ToString());
        return failure;
    }

    /// <summary>What the site shows of each article, file name and hashes aside, in file order.</summary>
    private static async Task<string> ShownAsync(ArchiveStore store)
    {
        await using var db = store.CreateContext();
        var articles = await db.Articles.OrderBy(a => a.SourceFile)
            .Select(a => new
            {
                a.Slug, a.Date, a.Title, a.Standfirst, a.Dateline, a.Place, a.Credit, a.Source,
                Body = a.Body!.Paragraphs,
            })
            .ToListAsync();
        Assert.NotEmpty(articles);
        return string.Join("\n", articles.Select(a =>
            $"{a.Slug} | {a.Date} | {a.Title} | {a.Standfirst} | {a.Dateline} | {a.Place} | {a.Credit} | {a.Source}\n" +
            $"{string.Join("\n", StoredParagraphs.Read(a.Body).Select(p => p.Number + " " + p.Position + " " + p.Text + " " + p.Html))}\n{string.Join("\n", StoredParagraphs.Figures(a.Body).Select(f => f.Position + " " + f.Caption + " " + f.Credit))}"));
    }

    /// <summary>Row by row, so that a failure shows the first row that differs.</summary>
    private static void AssertSameRows(string expected, string actual) => Assert.Equal(expected.Split('\n'), actual.Split('\n'));

    private static string WithoutArticleRows(string dump) =>
        string.Join("\n", dump.Split('\n').Where(row => !row.StartsWith("Articles |", StringComparison.Ordinal) && !row.StartsWith("ArticleBodies |", StringComparison.Ordinal)));
}

/// <summary>
/// Files far over the limits, refused before they are read whole. Alone in their collection, run when
/// no other test runs, so that the bytes the process allocates during the import are the import's own.
/// </summary>
[Collection(Name)]
public sealed class ImporterBadInputLimitTests
{
    public const string Name = "Import limits";

    [Fact]
    public async Task A_50_mb_file_is_refused_by_the_file_size_limit_before_it_is_read()
    {
        const long size = 50L * 1024 * 1024;
        var (_, allocated) = await ImporterBadInputTests.AssertRefusedAsync(
            seeds => WriteText(seeds.PathOf("huge.txt"), "date 2024-01-07 A lead.\n\n", "A paragraph of a report far too long.\n\n", size),
            "huge.txt", line: null, $"is {size} bytes, over the limit of {new ImportOptions().MaxFileBytes} bytes");

        Assert.InRange(allocated, 0, size / 10);
    }

    [Fact]
    public async Task A_10_mb_line_is_refused_by_the_line_limit_before_the_file_is_read_whole()
    {
        // The file limit is raised above the file, so that only the line limit can refuse it.
        const long size = 10L * 1024 * 1024;
        var options = new ImportOptions { MaxFileBytes = 64L * 1024 * 1024 };
        var (_, allocated) = await ImporterBadInputTests.AssertRefusedAsync(
            seeds => WriteText(seeds.PathOf("one-line.txt"), "date 2024-01-07 A lead.\n\n", "word ", size),
            "one-line.txt", line: 3, $"line is over the limit of {options.MaxLineBytes} bytes", options);

        Assert.InRange(allocated, 0, size / 10);
    }

    /// <summary>A head, then the filler repeated until the file has the size, written in pieces.</summary>
    private static void WriteText(string path, string head, string filler, long size)
    {
        using var file = File.Create(path);
        var bytes = Encoding.UTF8.GetBytes(head);
        file.Write(bytes);
        var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(filler, 64 * 1024 / filler.Length)));
        while (file.Length + block.Length <= size)
        {
            file.Write(block);
        }

        file.Write(Encoding.UTF8.GetBytes(new string('x', (int)(size - file.Length))));
        Assert.Equal(size, file.Length);
    }
}

[CollectionDefinition(ImporterBadInputLimitTests.Name, DisableParallelization = true)]
public sealed class ImportLimitsCollection;

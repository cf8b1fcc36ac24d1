using Anniversary.Archive.Model;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Import;

/// <summary>The optional overrides.json corrects or adds a person and an event; the seeds need none.</summary>
public sealed class EditorialOverridesTests
{
    private const string Overrides = """
        {
          "people": [
            { "name": "Le Minh Khai", "displayName": "Lê Minh Khái", "role": "Deputy Prime Minister of Việt Nam" },
            { "file": "001_ef79043fe6377dc1.txt", "name": "Nguyễn Văn Tình", "role": "Veteran", "part": "Attendee" }
          ],
          "events": { "001_ef79043fe6377dc1.txt": { "kind": "meeting" } }
        }
        """;

    [Fact]
    public async Task A_correction_changes_a_persons_name_and_role_and_the_events_kind()
    {
        using var seeds = SeedFolder.WithRepositorySeeds().With("overrides.json", Overrides);
        using var store = await ArchiveStore.CreateAsync();

        var summary = await store.ImportAsync(seeds.Path);

        Assert.True(summary.Succeeded, summary.ToString());
        await using var db = store.CreateContext();
        var khai = await db.People.Include(p => p.Appearances).SingleAsync(p => p.Key == "le minh khai");
        Assert.Equal("Lê Minh Khái", khai.Name);
        var appearance = Assert.Single(khai.Appearances);
        Assert.Equal("Deputy Prime Minister of Việt Nam", appearance.Role ?? appearance.Roles[0]);
        Assert.Equal(Part.Speaker, khai.Appearances[0].Part);

        var added = await db.People.Include(p => p.Appearances).SingleAsync(p => p.Key == "nguyen van tinh");
        Assert.Equal(Part.Attendee, Assert.Single(added.Appearances).Part);
        Assert.Equal("Veteran", added.Appearances[0].Role ?? added.Appearances[0].Roles[0]);

        var kinds = await db.Events.OrderBy(e => e.Date).Select(e => e.Kind).ToListAsync();
        Assert.Equal(["meeting", "ceremony"], kinds);
    }

    [Fact]
    public async Task Without_the_file_the_seeds_keep_what_the_text_says()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();

        await store.ImportAsync(seeds.Path);

        await using var db = store.CreateContext();
        Assert.Equal("Le Minh Khai", await db.People.Where(p => p.Key == "le minh khai").Select(p => p.Name).SingleAsync());
        Assert.Equal(["gathering", "ceremony"], await db.Events.OrderBy(e => e.Date).Select(e => e.Kind).ToListAsync());
    }

    [Fact]
    public async Task Changing_a_correction_re_imports_the_files_it_touches()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);

        seeds.With("overrides.json", Overrides);
        var summary = await store.ImportAsync(seeds.Path);

        Assert.Equal(2, summary.Updated);
        await using var db = store.CreateContext();
        Assert.Equal("Lê Minh Khái", await db.People.Where(p => p.Key == "le minh khai").Select(p => p.Name).SingleAsync());
    }

    [Fact]
    public async Task A_malformed_overrides_file_is_reported_with_its_line()
    {
        using var seeds = SeedFolder.WithRepositorySeeds().With("overrides.json", "{\n  \"people\": [\n    { \"name\": }\n  ]\n}");
        using var store = await ArchiveStore.CreateAsync();

        var summary = await store.ImportAsync(seeds.Path);

        var failure = Assert.Single(summary.Failures);
        Assert.Equal("overrides.json", failure.File);
        Assert.Equal(3, failure.Line);
        Assert.Equal(2, summary.Imported);
    }
}

using Anniversary.Archive.Model;
using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Data;

/// <summary>A person's role in an article stored once (migration <c>AppearanceRoleStoredOnce</c>).</summary>
public sealed class AppearanceRoleStoredOnceTests
{
    [Fact]
    public void A_role_that_is_the_first_of_the_roles_is_not_stored_again_and_any_other_is()
    {
        Assert.Null(Appearance.Stored("Ambassador", ["Ambassador", "Minister"]));
        Assert.Equal("Minister", Appearance.Stored("Minister", ["Ambassador", "Minister"]));
        Assert.Null(Appearance.Stored(null, []));
        Assert.Equal("Editor", Appearance.Stored("Editor", []));
    }

    [Theory]
    [MemberData(nameof(ArchiveStore.Engines), MemberType = typeof(ArchiveStore))]
    public async Task Migrating_there_and_back_keeps_what_the_article_page_reads_of_each_persons_role(ArchiveEngine engine)
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync(engine);
        await store.ImportAsync(seeds.Path);
        await using var db = store.CreateContext();
        var before = await PeopleAsync(db);
        Assert.True(await db.Appearances.AnyAsync(a => a.Roles.Count > 0));
        Assert.Equal(0, await db.Appearances.CountAsync(a => a.Roles.Count > 0 && a.Role == a.Roles[0]));

        await MigrationSteps.ToJustBeforeAsync(db, "AppearanceRoleStoredOnce");
        Assert.Equal(0, await db.Appearances.CountAsync(a => a.Roles.Count > 0 && a.Role == null));
        Assert.Equal(before, await PeopleAsync(db));
        await store.Migrator().MigrateAsync(db);

        Assert.Equal(before, await PeopleAsync(db));
        Assert.Equal(0, await db.Appearances.CountAsync(a => a.Roles.Count > 0 && a.Role == a.Roles[0]));
    }

    /// <summary>Each person's role as the article page reads it (<c>Role ?? Roles[0]</c>), and their roles.</summary>
    private static async Task<List<string>> PeopleAsync(Anniversary.Archive.Data.ArchiveDbContext db) =>
        (await db.Appearances.OrderBy(a => a.Id).Select(a => new { a.ArticleId, a.PersonId, Role = a.Role ?? a.Roles[0], a.Roles }).ToListAsync())
            .Select(a => $"{a.ArticleId} {a.PersonId} {a.Role} {string.Join('|', a.Roles)}").ToList();
}

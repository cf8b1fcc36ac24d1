using Anniversary.Archive.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Anniversary.Archive.Tests.Data;

/// <summary>On SQLite a mentioned date is stored as the number yyyymmdd (migration <c>MentionedDatesAsNumbers</c>).</summary>
public sealed class MentionedDatesAsNumbersTests
{
    [Fact]
    public async Task Migrating_there_and_back_keeps_every_mentioned_date_and_the_day_of_the_year_is_read_off_its_index()
    {
        using var seeds = SeedFolder.WithRepositorySeeds();
        using var store = await ArchiveStore.CreateAsync();
        await store.ImportAsync(seeds.Path);
        await using var db = store.CreateContext();
        var stored = await DatesAsync(db);
        Assert.NotEmpty(stored);
        Assert.Equal(stored.Count, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM MentionedDates WHERE typeof(Date) = 'integer'").SingleAsync());

        await MigrationSteps.ToJustBeforeAsync(db, "MentionedDatesAsNumbers");
        var asText = await db.Database.SqlQueryRaw<string>("SELECT Date AS Value FROM MentionedDates ORDER BY Id").ToListAsync();
        Assert.Equal(stored.Select(d => d.Date.ToString("yyyy-MM-dd")), asText);
        await store.Migrator().MigrateAsync(db);

        Assert.Equal(stored, await DatesAsync(db));
        var first = stored[0].Date;
        var dayOfYear = first.Month * 100 + first.Day;
        Assert.Equal(stored.Count(d => d.Date.Month == first.Month && d.Date.Day == first.Day),
            await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM MentionedDates WHERE Date % 10000 = {0}", dayOfYear).SingleAsync());
        Assert.Contains("IX_MentionedDates_MonthDay", await PlanAsync(db, $"SELECT ArticleId FROM MentionedDates WHERE Date % 10000 = {dayOfYear}"));
        Assert.True(await store.IntegrityCheck().CheckAsync(db));
    }

    private static async Task<string> PlanAsync(Anniversary.Archive.Data.ArchiveDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join('\n', plan);
    }

    private static async Task<List<(int Id, int ArticleId, int Paragraph, DateOnly Date, string Text)>> DatesAsync(Anniversary.Archive.Data.ArchiveDbContext db) =>
        (await db.MentionedDates.OrderBy(d => d.Id).ToListAsync()).Select(d => (d.Id, d.ArticleId, d.ParagraphNumber, d.Date, d.Text)).ToList();
}

using Anniversary.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Anniversary.Web.Tests.CrashSafety;

/// <summary>
/// <c>kill -9</c> at random moments of a 2,500-file import, again and again on the same archive:
/// after every kill the file is sound and holds whole files only, never fewer than before; a last
/// run finishes the import. An import that finishes before its kill must be whole and sound, and
/// the kills go on in a new archive.
/// </summary>
[Collection(CrashSafetyCollection.Name)]
public sealed class KilledImportTests(GeneratedArticles articles, ITestOutputHelper log) : IDisposable
{
    private const int Kills = 22;
    private const int Seed = 1979;

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task An_import_killed_again_and_again_keeps_whole_files_and_a_re_run_completes()
    {
        var (startUp, writing) = await MeasureAsync(_temp.File("measured.db"));
        var filesPerSecond = GeneratedArticles.Count / writing.TotalSeconds;
        log.WriteLine($"measured: start-up {startUp.TotalSeconds:0.00} s, writing {writing.TotalSeconds:0.00} s ({filesPerSecond:0} files/s)");

        // A quarter of the kills fall in start-up (process start, migration, lock, reading what is
        // stored); the others at moments of an uninterrupted import, spread over its first 90 %:
        // once the archive holds the whole batches written by then, plus the moment's share of the next.
        var random = new Random(Seed);
        var imports = Kills * 2;
        var inStartUp = Enumerable.Range(0, imports).Select(run => run == 0 || random.NextDouble() < 0.25).ToList();
        var moments = new Queue<TimeSpan>(inStartUp.Where(early => !early).Select(_ => writing * 0.9 * random.NextDouble()).Order());

        var database = _temp.File("archive.db");
        var stored = 0;
        var kills = 0;
        for (var run = 1; kills < Kills; run++)
        {
            Assert.True(run <= imports, $"only {kills} of {Kills} kills landed in {imports} imports");
            string when;
            int seen;
            using (var import = ArchiveProcess.Start(articles.ImportInto(database)))
            {
                if (inStartUp[run - 1])
                {
                    var delay = random.NextDouble() * startUp;
                    var writes = UntilStoredAsync(database, stored + 1, import);
                    await Task.WhenAny(Task.Delay(delay), writes);
                }
                else
                {
                    var files = moments.Dequeue().TotalSeconds * filesPerSecond;
                    var batches = (int)(files / GeneratedArticles.BatchSize) * GeneratedArticles.BatchSize;
                    var intoNext = TimeSpan.FromSeconds((files - batches) / filesPerSecond);

                    // A moment the archive has already passed is moved to this run's first batch, but
                    // never so late that the import could end before the kill.
                    var target = Math.Min(Math.Max(batches, stored + GeneratedArticles.BatchSize), GeneratedArticles.Count * 9 / 10);
                    await UntilStoredAsync(database, target, import);
                    await Task.Delay(intoNext);
                }

                seen = StoredArticles(database);
                when = $"{(inStartUp[run - 1] ? "start-up kill, " : string.Empty)}{import.Started.Elapsed.TotalSeconds:0.00} s after the start, {seen} committed";
                if (import.HasExited)
                {
                    // The import outran the moment chosen for it (its last batches can land between
                    // two looks at the archive): it must have finished soundly; the next kills start
                    // a new archive.
                    Assert.Equal(0, await import.WaitForExitAsync());
                    Assert.Equal(GeneratedArticles.Count, ArchiveChecks.AssertSound(database, articles.Files));
                    log.WriteLine($"run {run,2} {when}: finished before the kill; a new archive for the next kills");
                    database = _temp.File($"archive-{run}.db");
                    stored = 0;
                    continue;
                }

                await import.KillAsync();
                kills++;
                Assert.DoesNotContain("another import", import.Error);
            }

            // The operating system dropped the import's lock with its process.
            using (new FileStream(database + ".import-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
            {
            }

            var count = ArchiveChecks.AssertSound(database, articles.Files);
            log.WriteLine($"kill {kills,2} {when}: {count,4} articles");
            Assert.True(count >= seen, $"kill {kills}: {count} articles, fewer than the {seen} committed before the kill");
            Assert.True(count >= stored, $"kill {kills}: {count} articles, fewer than the {stored} before");
            Assert.Equal(0, count % GeneratedArticles.BatchSize);
            stored = count;
        }

        using var rerun = ArchiveProcess.Start(articles.ImportInto(database));
        Assert.Equal(0, await rerun.WaitForExitAsync());
        Assert.Contains($"imported {GeneratedArticles.Count - stored}, updated 0, unchanged {stored}, failed 0", rerun.Output);
        Assert.Equal(GeneratedArticles.Count, ArchiveChecks.AssertSound(database, articles.Files));
    }

    [Fact]
    public async Task An_import_killed_with_its_indexes_deferred_leaves_a_sound_archive_whose_next_import_builds_them()
    {
        var database = _temp.File("deferred.db");
        var usual = _temp.File("usual.db");
        using (var import = ArchiveProcess.Start([.. articles.ImportInto(usual), "--defer-indexes-from", "100000"]))
        {
            Assert.Equal(0, await import.WaitForExitAsync());
        }

        using (var import = ArchiveProcess.Start([.. articles.ImportInto(database), "--defer-indexes-from", "1"]))
        {
            await UntilStoredAsync(database, GeneratedArticles.BatchSize, import);
            Assert.False(import.HasExited, "the import ended before it could be killed");
            await import.KillAsync();
        }

        var count = ArchiveChecks.AssertSound(database, articles.Files);
        Assert.True(count >= GeneratedArticles.BatchSize && count < GeneratedArticles.Count, $"{count} articles after the kill");
        Assert.NotEqual(Schema(usual), Schema(database));

        using var rerun = ArchiveProcess.Start(articles.ImportInto(database));
        Assert.Equal(0, await rerun.WaitForExitAsync());
        Assert.Contains($"imported {GeneratedArticles.Count - count}, updated 0, unchanged {count}, failed 0", rerun.Output);
        Assert.Equal(GeneratedArticles.Count, ArchiveChecks.AssertSound(database, articles.Files));
        Assert.Equal(Schema(usual), Schema(database));
    }

    [Fact]
    public async Task An_import_killed_while_it_creates_the_archive_does_not_hold_up_the_next()
    {
        // What a kill in the middle of the first migration leaves: EF Core's lock row, no tables yet.
        var database = _temp.File("archive.db");
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2024-01-07 08:00:00+00:00');
                """;
            command.ExecuteNonQuery();
        }

        using var import = ArchiveProcess.Start("import", RepositoryPaths.Seeds, "--db", database);

        Assert.Equal(0, await import.WaitForExitAsync());
        Assert.Equal(2, ArchiveChecks.AssertSound(database, GeneratedArticles.ShapesOf(RepositoryPaths.Seeds)));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The archive's indexes and tables with the SQL that makes them, the search index's own tables aside.</summary>
    private static List<string> Schema(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name || ': ' || sql FROM sqlite_master WHERE type IN ('index', 'table') AND sql IS NOT NULL AND name NOT LIKE 'SearchEntries%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var schema = new List<string>();
        while (reader.Read())
        {
            schema.Add(reader.GetString(0));
        }

        return schema;
    }

    /// <summary>Articles committed, as a reader beside the import sees them; 0 while there is no archive yet.</summary>
    private static int StoredArticles(string database)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM Articles";
            return Convert.ToInt32(command.ExecuteScalar());
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    /// <summary>Completes once the archive holds at least this many articles, or the import has ended.</summary>
    private static async Task UntilStoredAsync(string database, int articles, ArchiveProcess import)
    {
        while (!import.HasExited && StoredArticles(database) < articles && import.Started.Elapsed < ArchiveProcess.SafetyNet)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
    }

    /// <summary>
    /// An import from start to end gives the time its batches take; a second run over the same files,
    /// all unchanged, the time a process takes to start on an archive and reach its first batch.
    /// </summary>
    private async Task<(TimeSpan StartUp, TimeSpan Writing)> MeasureAsync(string database)
    {
        TimeSpan writing;
        using (var import = ArchiveProcess.Start(articles.ImportInto(database)))
        {
            await import.FirstProgressAsync();
            var firstBatch = import.Started.Elapsed;
            Assert.Equal(0, await import.WaitForExitAsync());
            writing = import.Started.Elapsed - firstBatch;
        }

        using var rerun = ArchiveProcess.Start(articles.ImportInto(database));
        await rerun.FirstProgressAsync();
        var startUp = rerun.Started.Elapsed;
        Assert.Equal(0, await rerun.WaitForExitAsync());
        return (startUp, writing);
    }
}

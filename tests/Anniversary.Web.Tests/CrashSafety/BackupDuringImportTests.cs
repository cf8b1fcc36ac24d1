using Anniversary.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Anniversary.Web.Tests.CrashSafety;

/// <summary>Backups taken while an import writes: each a sound archive of whole files, as it stood at one commit.</summary>
[Collection(CrashSafetyCollection.Name)]
public sealed class BackupDuringImportTests(GeneratedArticles articles, ITestOutputHelper log) : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_backup_taken_while_an_import_writes_is_sound_and_holds_whole_files()
    {
        var database = _temp.File("archive.db");
        using var import = ArchiveProcess.Start(articles.ImportInto(database));
        await import.FirstProgressAsync();

        var copies = new List<(int Articles, bool DuringImport)>();
        do
        {
            var copy = _temp.File($"copy-{copies.Count + 1}.db");
            using var backup = ArchiveProcess.Start("backup", copy, "--db", database);
            Assert.Equal(0, await backup.WaitForExitAsync());
            var duringImport = !import.HasExited;

            var count = ArchiveChecks.AssertSound(copy, articles.Files);
            Assert.Equal(0, count % GeneratedArticles.BatchSize);
            Assert.InRange(count, GeneratedArticles.BatchSize, GeneratedArticles.Count);
            copies.Add((count, duringImport));
        }
        while (!import.HasExited);

        Assert.Equal(0, await import.WaitForExitAsync());
        log.WriteLine("backups: " + string.Join(", ", copies.Select(c => $"{c.Articles} articles{(c.DuringImport ? " (import still writing)" : string.Empty)}")));
        Assert.Contains(copies, c => c.DuringImport);
        Assert.Equal(GeneratedArticles.Count, ArchiveChecks.AssertSound(database, articles.Files));
    }

    public void Dispose() => _temp.Dispose();
}

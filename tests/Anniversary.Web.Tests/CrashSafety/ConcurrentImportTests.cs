using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.CrashSafety;

/// <summary>Two imports into one archive at once: the second changes nothing and says why; the first finishes.</summary>
[Collection(CrashSafetyCollection.Name)]
public sealed class ConcurrentImportTests(GeneratedArticles articles) : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_second_import_while_one_is_writing_is_refused_and_the_first_completes()
    {
        // The second process takes a second or two to reach the lock, and the first may finish its
        // last batches meanwhile: then the second found nothing to refuse, and the attempt is made
        // again on a new archive. A second import that is not refused while the first still runs fails.
        for (var attempt = 1; ; attempt++)
        {
            var database = _temp.File($"archive-{attempt}.db");
            using var first = ArchiveProcess.Start(articles.ImportInto(database));
            await first.FirstProgressAsync();
            Assert.False(first.HasExited, "the first import ended before the second began");

            using var second = ArchiveProcess.Start(articles.ImportInto(database));
            var refused = await second.WaitForExitAsync();
            if (refused == 0 && first.HasExited && attempt < 5)
            {
                continue;
            }

            Assert.Equal(1, refused);
            Assert.Contains("another import is writing to this archive; nothing was imported, try again when it has finished", second.Error);
            Assert.Contains("imported 0, updated 0, unchanged 0, failed 1", second.Output);

            Assert.Equal(0, await first.WaitForExitAsync());
            Assert.Contains($"imported {GeneratedArticles.Count}, updated 0, unchanged 0, failed 0", first.Output);
            Assert.Equal(GeneratedArticles.Count, ArchiveChecks.AssertSound(database, articles.Files));
            return;
        }
    }

    public void Dispose() => _temp.Dispose();
}

using System.Data.Common;
using System.Threading.Channels;
using Anniversary.Archive.Data;
using Anniversary.Archive.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Anniversary.Archive.Import;

/// <summary>The editorial files beside the seeds: metadata (headlines, sources) and corrections.</summary>
public sealed record Editorial(EditorialMetadata Metadata, EditorialOverrides Overrides)
{
    public static readonly Editorial None = new(EditorialMetadata.None, EditorialOverrides.None);
}

/// <summary>
/// Imports a folder of seed files, keyed by file name, change detected by content hash. A bad file
/// is reported and leaves the database as it was; the others import. Files are read and understood
/// on every core, a bounded number ahead of the one writer, so the database never waits for the CPU
/// and memory does not grow with the folder.
/// </summary>
public sealed class ArticleImporter(
    ArchiveDbContext db,
    IImportLock importLock,
    IDeferredIndexes deferredIndexes,
    IArticleBatchWriter batchWriter,
    ILogger<ArticleImporter> logger,
    ImportOptions? options = null,
    TimeProvider? clock = null)
{
    private readonly ImportOptions _options = options ?? new ImportOptions();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// Imports every <c>*.txt</c> of the folder in batches, one transaction each, so that a killed
    /// import leaves whole files only; a file that cannot be stored is left out alone.
    /// </summary>
    public async Task<ImportSummary> ImportFolderAsync(
        string folder, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var failures = new List<ImportFailure>();
        void Fail(ImportFailure failure)
        {
            logger.LogError("Import failed: {Failure}", failure.ToString());
            failures.Add(failure);
        }

        if (!Directory.Exists(folder))
        {
            Fail(new ImportFailure(folder, null, "folder does not exist"));
            return Finish(folder, new ImportSummary(0, 0, 0, failures));
        }

        // One connection for the whole import, so its settings hold from the first batch to the last.
        await db.Database.OpenConnectionAsync(cancellationToken);
        using var importing = await importLock.TryTakeAsync(db, cancellationToken);
        if (importing is null)
        {
            Fail(new ImportFailure(folder, null, "another import is writing to this archive; nothing was imported, try again when it has finished"));
            return Finish(folder, new ImportSummary(0, 0, 0, failures));
        }

        var (metadata, metadataError) = EditorialMetadata.Load(folder);
        var (overrides, overridesError) = EditorialOverrides.Load(folder);
        if (metadataError is not null)
        {
            Fail(new ImportFailure(EditorialMetadata.FileName, metadataError.Line, metadataError.Reason));
        }

        if (overridesError is not null)
        {
            Fail(new ImportFailure(EditorialOverrides.FileName, overridesError.Line, overridesError.Reason));
        }

        var editorial = new Editorial(metadata, overrides);
        // Files before links, so that of a file and a link to it in the folder the file is imported and
        // the link refused as its second name, whatever the names. Kept by name, not by path: the list
        // is as long as the folder.
        var files = new DirectoryInfo(folder).EnumerateFiles("*.txt")
            .Select(file => (file.Name, IsLink: file.LinkTarget is not null)).ToList()
            .OrderBy(file => file.IsLink).ThenBy(file => file.Name, StringComparer.Ordinal).Select(file => file.Name).ToList();
        if (files.Count == 0)
        {
            Fail(new ImportFailure(folder, null, "folder has no .txt files"));
        }

        // An import killed after deferring indexes left them for this one to build.
        var opening = ImportTimings.Start();
        await deferredIndexes.BuildAsync(db, cancellationToken);
        using var rows = batchWriter.Open(db);
        var writer = await ArticleStore.OpenAsync(db, rows, _clock, cancellationToken);
        var newFiles = files.Count(file => writer.StoredHash(file) is null);
        writer.MakeRoomFor(newFiles);
        var deferIndexes = newFiles >= _options.DeferIndexesFrom && newFiles >= writer.StoredFiles;
        if (deferIndexes)
        {
            await deferredIndexes.DeferAsync(db, cancellationToken);
        }

        ImportTimings.Stop(ImportTimings.Stage.Open, opening);

        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        ArticleFileResult Read(string name) => ArticleFile.Read(Path.Combine(folder, name), folder, editorial, _options, writer.StoredHash, today);

        int imported = 0, updated = 0, unchanged = 0, done = 0, batches = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var readAhead = ReadAhead(files, Read, stop.Token);
        try
        {
            foreach (var batch in files.Chunk(_options.BatchSize))
            {
                var (outcomes, taken) = await WriteBatchAsync(writer, rows, batch.Length, _ => NextAsync(readAhead, stop.Token), overrides, isolated: false, cancellationToken);
                if (outcomes is null)
                {
                    // The batch was rolled back: the files it had not reached are dropped from the
                    // pipeline, and all of them read again, one at a time, to be written each alone.
                    for (var i = taken; i < batch.Length; i++)
                    {
                        await NextAsync(readAhead, stop.Token);
                    }

                    (outcomes, _) = await WriteBatchAsync(writer, rows, batch.Length, i => Task.FromResult(Read(batch[i])), overrides, isolated: true, cancellationToken);
                }

                foreach (var (outcome, failure) in outcomes!)
                {
                    ImportMetrics.Count(outcome);
                    switch (outcome)
                    {
                        case ImportOutcome.Imported: imported++; break;
                        case ImportOutcome.Updated: updated++; break;
                        case ImportOutcome.Unchanged: unchanged++; break;
                        default: Fail(failure!); break;
                    }
                }

                done += batch.Length;
                if (ImportTimings.Enabled && ++batches % 10 == 0)
                {
                    logger.LogWarning("{Memory}", ImportTimings.Memory(done));
                }

                progress?.Report(new ImportProgress(done, files.Count, clock.Elapsed));
            }
        }
        finally
        {
            await stop.CancelAsync();
            if (deferIndexes)
            {
                logger.LogInformation("Building the indexes deferred by the import of {Folder}", folder);
                var building = ImportTimings.Start();
                await deferredIndexes.BuildAsync(db, CancellationToken.None);
                ImportTimings.Stop(ImportTimings.Stage.Deferred, building);
            }
        }

        return Finish(folder, new ImportSummary(imported, updated, unchanged, failures));
    }

    /// <summary>
    /// Files read and understood on every core, in the folder's order, while the writer writes: each
    /// file's reading is a task queued here as soon as there is room, so at most
    /// <see cref="ReadAheadFiles"/> read files wait for the writer whatever the size of the folder or
    /// of a batch. The writer is the bottleneck; when it falls behind the readers stop, leaving it a core.
    /// </summary>
    private static ChannelReader<Task<ArticleFileResult>> ReadAhead(IReadOnlyList<string> files, Func<string, ArticleFileResult> read, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<Task<ArticleFileResult>>(new BoundedChannelOptions(ReadAheadFiles) { SingleReader = true, SingleWriter = true });
        _ = Task.Run(async () =>
        {
            try
            {
                foreach (var file in files)
                {
                    await channel.Writer.WriteAsync(Task.Run(() => read(file), cancellationToken), cancellationToken);
                }

                channel.Writer.Complete();
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
            {
                // The writer stopped (it finished early, failed or was cancelled): nobody reads what is left.
                channel.Writer.Complete(exception);
            }
        }, CancellationToken.None);
        return channel.Reader;
    }

    private static readonly int ReadAheadFiles = 8 * Environment.ProcessorCount;

    private static async Task<ArticleFileResult> NextAsync(ChannelReader<Task<ArticleFileResult>> readAhead, CancellationToken cancellationToken) =>
        await await readAhead.ReadAsync(cancellationToken);

    /// <summary>
    /// Writes one batch of <paramref name="count"/> files, each as <paramref name="next"/> gives it,
    /// in one transaction. Not <paramref name="isolated"/>, a file that cannot be stored rolls the
    /// whole batch back and the outcomes are null, with how many files were taken, for the caller to
    /// write the batch again isolated: each file in its own savepoint, so that only the bad one is
    /// left out. Savepoints cost every file a copy of each page it changes, and failures are rare.
    /// Isolated, the outcomes are never null.
    /// </summary>
    private async Task<(List<(ImportOutcome Outcome, ImportFailure? Failure)>? Outcomes, int Taken)> WriteBatchAsync(
        ArticleStore writer, IArticleRows rows, int count, Func<int, Task<ArticleFileResult>> next, EditorialOverrides overrides, bool isolated, CancellationToken cancellationToken)
    {
        var outcomes = new List<(ImportOutcome, ImportFailure?)>();
        var documents = new List<IndexedArticle>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var taken = 0; taken < count; taken++)
        {
            var waiting = ImportTimings.Start();
            var result = await next(taken);
            ImportTimings.Stop(ImportTimings.Stage.Wait, waiting);
            if (result.Unchanged)
            {
                outcomes.Add((ImportOutcome.Unchanged, null));
                continue;
            }

            if (result.Article is not { } article)
            {
                outcomes.Add((ImportOutcome.Failed, result.Failure));
                continue;
            }

            try
            {
                var storing = ImportTimings.Start();
                var (outcome, document, failure) = await writer.WriteAsync(article, overrides.DisplayNames, isolated, cancellationToken);
                ImportTimings.Stop(ImportTimings.Stage.Store, storing);
                outcomes.Add((outcome, failure));
                if (document is not null)
                {
                    documents.Add(document);
                }
            }
            catch (DbException) when (!isolated)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                writer.UndoBatch();
                return (null, taken + 1);
            }
        }

        var stage = ImportTimings.Start();
        try
        {
            await writer.WriteBodiesAsync();
        }
        catch (DbException) when (!isolated)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            writer.UndoBatch();
            return (null, count);
        }

        ImportTimings.Stop(ImportTimings.Stage.Bodies, stage);

        // A batch is indexed once, after its files: a full-text index may write out what it holds at every savepoint.
        stage = ImportTimings.Start();
        await writer.RecountPeopleAsync(cancellationToken);
        ImportTimings.Stop(ImportTimings.Stage.Recount, stage);
        stage = ImportTimings.Start();
        rows.Index(documents);
        ImportTimings.Stop(ImportTimings.Stage.Index, stage);
        stage = ImportTimings.Start();
        await transaction.CommitAsync(cancellationToken);
        ImportTimings.Stop(ImportTimings.Stage.Commit, stage);
        ImportTimings.Sample(0);
        writer.BatchCommitted();
        NativeHeap.Trim();
        return (outcomes, count);
    }

    private ImportSummary Finish(string folder, ImportSummary summary)
    {
        if (ImportTimings.Enabled)
        {
            logger.LogWarning("{Timings}", ImportTimings.Report());
        }

        logger.LogInformation("Import of {Folder} finished: {Summary}", folder, summary.ToString());
        return summary;
    }
}

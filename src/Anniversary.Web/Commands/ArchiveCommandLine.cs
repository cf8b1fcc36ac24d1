using System.CommandLine;
using System.Data.Common;
using System.Runtime;
using Anniversary.Archive;
using Anniversary.Archive.Corpus;
using Anniversary.Archive.Data;
using Anniversary.Archive.Import;
using Anniversary.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace Anniversary.Web.Commands;

/// <summary>The site's executable doubles as the archive's command line: <c>import</c>, <c>generate</c>, <c>backup</c>.</summary>
public static class ArchiveCommandLine
{
    private static readonly string[] CommandNames = ["import", "generate", "backup"];

    public static bool Handles(string[] args) => args.Length > 0 && CommandNames.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;

        var folder = new Argument<DirectoryInfo>("folder") { Description = "Folder of seed .txt files (and an optional articles.json)" };
        var database = new Option<FileInfo?>("--db") { Description = "SQLite database file; default: Archive:Engine with ConnectionStrings:Archive, else data/anniversary.db" };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Files committed in one transaction; an interrupted import keeps every batch committed before it",
            DefaultValueFactory = _ => new ImportOptions().BatchSize,
        };
        var deferIndexesFrom = new Option<int>("--defer-indexes-from")
        {
            Description = "New files from which the indexes the import never reads are built after its last batch, not kept up file by file",
            DefaultValueFactory = _ => new ImportOptions().DeferIndexesFrom,
        };
        var import = new Command("import", "Import news-agency articles from a folder into the archive") { folder, database, batchSize, deferIndexesFrom };
        import.SetAction((result, cancellationToken) => ImportAsync(
            result.GetValue(folder)!, result.GetValue(database),
            new ImportOptions { BatchSize = result.GetValue(batchSize), DeferIndexesFrom = result.GetValue(deferIndexesFrom) }, output, error, cancellationToken));

        var target = new Argument<DirectoryInfo>("folder") { Description = "Folder to write the generated .txt files into" };
        var count = new Option<int>("--count") { Description = "How many articles to write", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator: the same seed writes the same files", DefaultValueFactory = _ => 1 };
        var shape = new Option<string>("--shape")
        {
            Description = "Length of the reports: sentences (one sentence a paragraph), real (about 1.9 KB) or long (about 5 KB)",
            DefaultValueFactory = _ => CorpusShape.Sentences.Name,
        };
        shape.AcceptOnlyFromAmong([.. CorpusShape.All.Select(s => s.Name)]);
        var generate = new Command("generate", "Write synthetic articles in the seed format, for scale tests and benchmarks") { target, count, seed, shape };
        generate.SetAction(result => Generate(
            result.GetValue(target)!, result.GetValue(count), result.GetValue(seed), CorpusShape.Named(result.GetValue(shape)!)!, output, error));

        var backupFile = new Argument<FileInfo>("file") { Description = "New file to write the copy to (must not exist)" };
        var backupDatabase = new Option<FileInfo?>("--db") { Description = "SQLite database file; default: Archive:Engine with ConnectionStrings:Archive, else data/anniversary.db" };
        var backup = new Command("backup", "Write a consistent copy of the archive, safe while the site runs") { backupFile, backupDatabase };
        backup.SetAction((result, cancellationToken) =>
            BackupAsync(result.GetValue(backupFile)!, result.GetValue(backupDatabase), output, error, cancellationToken));

        var root = new RootCommand("Anniversary: a commemorative news archive") { import, generate, backup };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private static int Generate(DirectoryInfo folder, int count, int seed, CorpusShape shape, TextWriter output, TextWriter error)
    {
        if (count is < 1 or > 10_000_000)
        {
            error.WriteLine("error: --count must be between 1 and 10000000");
            return 1;
        }

        new SyntheticCorpus(seed, shape).WriteTo(folder.FullName, count);
        output.WriteLine($"wrote {count} articles to {folder.FullName}");
        return 0;
    }

    private static async Task<int> BackupAsync(FileInfo file, FileInfo? database, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (file.Exists)
        {
            await error.WriteLineAsync($"error: {file.FullName} already exists; a backup never overwrites a file");
            return 1;
        }

        await using var provider = ArchiveServices(database);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        bool written;
        try
        {
            written = await scope.ServiceProvider.GetRequiredService<IArchiveBackup>().TryBackupAsync(db, file.FullName, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            await error.WriteLineAsync($"error: the backup failed: {exception.Message}");
            return 1;
        }

        if (!written)
        {
            await error.WriteLineAsync("error: there is no archive to back up at the configured database");
            return 1;
        }

        await output.WriteLineAsync($"backed up to {file.FullName}");
        return 0;
    }

    /// <summary>
    /// The archive as the site configures it: the site's configuration sources, in its order
    /// (environment variables prefixed DOTNET_ and ASPNETCORE_, appsettings.json,
    /// appsettings.{Environment}.json, environment variables), read from beside the executable, where
    /// a build or a publish puts them, with <c>--db</c> over the configured database. Read without
    /// building a web host, which would load ASP.NET Core (10 MiB of an import's resident memory).
    /// </summary>
    private static ServiceProvider ArchiveServices(FileInfo? database)
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environments.Production;
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var settings = ArchiveSettings.From(configuration, Directory.GetCurrentDirectory(), database?.FullName);
        return new ServiceCollection()
            .AddLogging(logging => logging.AddSerilog(Log.Logger))
            .AddArchive(settings.Connection)
            .BuildServiceProvider();
    }

    private static async Task<int> ImportAsync(
        DirectoryInfo folder, FileInfo? database, ImportOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (options.BatchSize is < 1 or > 100_000)
        {
            await error.WriteLineAsync("error: --batch-size must be between 1 and 100000");
            return 1;
        }

        if (options.DeferIndexesFrom < 1)
        {
            await error.WriteLineAsync("error: --defer-indexes-from must be at least 1");
            return 1;
        }

        await using var provider = ArchiveServices(database);
        await using var scope = provider.CreateAsyncScope();
        var progress = ReferenceEquals(error, Console.Error) ? new ProgressLine(error) : null;

        // An import is throughput work with no one waiting on a pause: background collections, meant
        // to keep a server responsive, cost it a good part of its time.
        var latencyMode = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        ImportSummary summary;
        try
        {
            await scope.ServiceProvider.GetRequiredService<ArchiveMigrator>().MigrateAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), cancellationToken);
            var importer = ActivatorUtilities.CreateInstance<ArticleImporter>(scope.ServiceProvider, options);
            summary = await importer.ImportFolderAsync(folder.FullName, progress, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException || exception.InnerException is DbException)
        {
            // A database server that is down, or a standby where the primary was expected: said plainly, nothing imported.
            // EF wraps a refused connection met while migrating in an InvalidOperationException ("transient failure").
            await error.WriteLineAsync($"error: the archive's database cannot take the import: {(exception as DbException ?? exception.InnerException)!.Message}");
            return 1;
        }
        finally
        {
            GCSettings.LatencyMode = latencyMode;
        }

        progress?.Finish();

        foreach (var failure in summary.Failures)
        {
            await error.WriteLineAsync($"error: {failure}");
        }

        await output.WriteLineAsync(summary.ToString());
        return summary.Succeeded ? 0 : 1;
    }

    /// <summary>A progress line on the terminal (rewritten in place), or a line every few seconds when redirected.</summary>
    private sealed class ProgressLine(TextWriter writer) : IProgress<ImportProgress>
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
        private TimeSpan _last = -Interval;
        private bool _written;

        public void Report(ImportProgress value)
        {
            if (!Console.IsErrorRedirected)
            {
                writer.Write($"\rimporting: {value}   ");
                _written = true;
            }
            else if (value.Elapsed - _last >= Interval || value.Done == value.Total)
            {
                writer.WriteLine($"importing: {value}");
                _last = value.Elapsed;
            }
        }

        public void Finish()
        {
            if (_written)
            {
                writer.WriteLine();
            }
        }
    }
}

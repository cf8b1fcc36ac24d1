using System.CommandLine;
using Anniversary.Archive;
using Anniversary.Archive.Data;
using Anniversary.Archive.Import;
using Anniversary.Web.Hosting;
using Serilog;

namespace Anniversary.Web.Commands;

/// <summary>The site's executable doubles as the archive's command line: <c>import</c> for now.</summary>
public static class ArchiveCommandLine
{
    private static readonly string[] CommandNames = ["import"];

    public static bool Handles(string[] args) => args.Length > 0 && CommandNames.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;

        var folder = new Argument<DirectoryInfo>("folder") { Description = "Folder of seed .txt files (and an optional articles.json)" };
        var database = new Option<FileInfo?>("--db") { Description = "SQLite database file; default: ConnectionStrings:Archive, else data/anniversary.db" };
        var import = new Command("import", "Import news-agency articles from a folder into the archive") { folder, database };
        import.SetAction((result, cancellationToken) =>
            ImportAsync(result.GetValue(folder)!, result.GetValue(database), output, error, cancellationToken));

        var root = new RootCommand("Anniversary: a commemorative news archive") { import };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private static async Task<int> ImportAsync(
        DirectoryInfo folder, FileInfo? database, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var settings = ArchiveSettings.From(configuration, Directory.GetCurrentDirectory());
        var connectionString = database is null ? settings.ConnectionString : ArchiveSettings.ForDatabaseFile(database.FullName);

        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddSerilog(Log.Logger))
            .AddArchive(connectionString);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();

        await ArchiveDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), scope.ServiceProvider.GetRequiredService<Anniversary.Archive.Search.ISearchIndex>(), cancellationToken);
        var summary = await scope.ServiceProvider.GetRequiredService<ArticleImporter>().ImportFolderAsync(folder.FullName, cancellationToken);

        foreach (var failure in summary.Failures)
        {
            await error.WriteLineAsync($"error: {failure}");
        }

        await output.WriteLineAsync(summary.ToString());
        return summary.Succeeded ? 0 : 1;
    }
}

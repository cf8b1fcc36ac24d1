using Microsoft.Data.Sqlite;

namespace Anniversary.Web.Hosting;

/// <summary>
/// Where the database and the seed files are. Configuration wins; without it the defaults find
/// the repository (the folder holding Anniversary.sln) from wherever the site was started, so
/// <c>dotnet run --project src/Anniversary.Web</c> uses <c>data/anniversary.db</c> and <c>seeds/</c>.
/// </summary>
public sealed record ArchiveSettings(string ConnectionString, string SeedsPath)
{
    public const string ConnectionStringName = "Archive";
    public const string SeedsPathKey = "Archive:SeedsPath";
    private const string RepositoryMarker = "Anniversary.sln";

    /// <summary>
    /// How long a statement waits for a lock another connection holds (an import committing a batch,
    /// a migration) before it fails; Microsoft.Data.Sqlite retries busy and locked statements until then.
    /// A connection string that names its own <c>Default Timeout</c> keeps it.
    /// </summary>
    public const int BusyTimeoutSeconds = 30;

    public static ArchiveSettings From(IConfiguration configuration, string contentRoot)
    {
        var root = FindRepositoryRoot(contentRoot) ?? FindRepositoryRoot(AppContext.BaseDirectory) ?? contentRoot;

        var configured = configuration.GetConnectionString(ConnectionStringName);
        var connectionString = string.IsNullOrWhiteSpace(configured)
            ? ForDatabaseFile(Path.Combine(root, "data", "anniversary.db"))
            : WithBusyTimeout(configured);

        var seeds = configuration[SeedsPathKey];
        var seedsPath = string.IsNullOrWhiteSpace(seeds) ? Path.Combine(root, "seeds") : Path.GetFullPath(seeds);
        return new ArchiveSettings(connectionString, seedsPath);
    }

    public static string ForDatabaseFile(string path) => WithBusyTimeout($"Data Source={Path.GetFullPath(path)}");

    private static string WithBusyTimeout(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!builder.ShouldSerialize("Default Timeout"))
        {
            builder.DefaultTimeout = BusyTimeoutSeconds;
        }

        return builder.ToString();
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, RepositoryMarker)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}

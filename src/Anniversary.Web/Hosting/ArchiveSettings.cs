using Anniversary.Archive;

namespace Anniversary.Web.Hosting;

/// <summary>
/// Where the database and the seed files are, read once from configuration. Without configuration
/// the defaults find the repository (the folder holding Anniversary.sln) from wherever the site was
/// started, so <c>dotnet run --project src/Anniversary.Web</c> uses <c>data/anniversary.db</c> and <c>seeds/</c>.
/// <c>Archive:Engine</c> chooses the engine (<c>sqlite</c> or <c>postgres</c>); on PostgreSQL,
/// <c>ConnectionStrings:ArchiveReads</c> may send reads elsewhere than writes.
/// </summary>
public sealed record ArchiveSettings(ArchiveConnection Connection, string SeedsPath)
{
    public const string ConnectionStringName = "Archive";
    public const string ReadConnectionStringName = "ArchiveReads";
    public const string EngineKey = "Archive:Engine";
    public const string SeedsPathKey = "Archive:SeedsPath";

    public string ConnectionString => Connection.ConnectionString;
    private const string RepositoryMarker = "Anniversary.sln";

    /// <param name="databaseFile">A database file that overrides the configured connection (the command line's <c>--db</c>).</param>
    public static ArchiveSettings From(IConfiguration configuration, string contentRoot, string? databaseFile = null)
    {
        var root = FindRepositoryRoot(contentRoot) ?? FindRepositoryRoot(AppContext.BaseDirectory) ?? contentRoot;

        var connection = ArchiveServiceCollectionExtensions.Connection(
            configuration[EngineKey], configuration.GetConnectionString(ConnectionStringName), configuration.GetConnectionString(ReadConnectionStringName),
            Path.Combine(root, "data", "anniversary.db"), databaseFile);

        var seeds = configuration[SeedsPathKey];
        var seedsPath = string.IsNullOrWhiteSpace(seeds) ? Path.Combine(root, "seeds") : Path.GetFullPath(seeds);
        return new ArchiveSettings(connection, seedsPath);
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

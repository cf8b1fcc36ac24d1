using Anniversary.Archive;
using Anniversary.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Anniversary.Web.Tests.Infrastructure;

/// <summary>
/// The real site on a temp SQLite file, or on a fresh database of the run's PostgreSQL server
/// (<see cref="Engine"/>), migrated and filled from the repository's seeds at start-up.
/// </summary>
public class ArchiveWebFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();

    private readonly Lazy<string> _postgresDatabase = new(() => PostgresServer.Shared.CreateDatabaseAsync().GetAwaiter().GetResult());

    public ArchiveEngine Engine { get; init; } = ArchiveEngine.Sqlite;

    /// <summary>On PostgreSQL, the archive's connection string (several hosts, a server of the test's own); by default a new database on the run's server.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>A database file of the test's own, kept after the site stops; by default one in the factory's temp folder.</summary>
    public string DatabasePath { get => _databasePath ?? _folder.File("archive.db"); init => _databasePath = value; }

    private readonly string? _databasePath;

    public string SeedsPath { get; init; } = RepositoryPaths.Seeds;

    /// <summary>Search requests allowed per client and minute; the suite sends thousands, so the default here is high.</summary>
    public int SearchPermitsPerMinute { get; init; } = 1_000_000;

    public bool Caching { get; init; } = true;

    /// <summary>A Redis server the site keeps its output cache in, shared with other sites of the test; none by default.</summary>
    public string? Redis { get; init; }

    /// <summary>OpenTelemetry metrics on <c>/metrics</c>; off by default, as in production.</summary>
    public bool Metrics { get; init; }

    /// <summary>Changes to the site's services, made after its own registrations (an interceptor, a fake).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        if (Engine == ArchiveEngine.Postgres)
        {
            builder.UseSetting("Archive:Engine", "postgres");
            builder.UseSetting("ConnectionStrings:Archive", PostgresConnectionString ?? _postgresDatabase.Value);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Archive", $"Data Source={DatabasePath}");
        }

        builder.UseSetting("Archive:SeedsPath", SeedsPath);
        builder.UseSetting("RateLimiting:PermitsPerMinute", SearchPermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Caching:Enabled", Caching ? "true" : "false");
        builder.UseSetting("ConnectionStrings:Redis", Redis ?? string.Empty);
        builder.UseSetting("Telemetry:Prometheus", Metrics ? "true" : "false");
        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}

/// <summary>The same site on PostgreSQL, for the suites that run on both engines.</summary>
public sealed class PostgresArchiveWebFactory : ArchiveWebFactory
{
    public PostgresArchiveWebFactory()
    {
        Engine = ArchiveEngine.Postgres;
    }
}

[CollectionDefinition(Name)]
public sealed class SeededSiteCollection : ICollectionFixture<ArchiveWebFactory>
{
    public const string Name = "Seeded site";
}

[CollectionDefinition(Name)]
public sealed class PostgresSeededSiteCollection : ICollectionFixture<PostgresArchiveWebFactory>
{
    public const string Name = "Seeded site on PostgreSQL";
}

using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// The archive's two connection strings. Writes (imports, migrations, backups) go to the primary
/// only. Reads (pages, the API, searches) go to the read connection string when one is configured,
/// else to the same hosts preferring a standby, falling back to the primary when no standby answers.
/// Both may name several hosts (Npgsql's multi-host connection strings).
/// </summary>
public sealed class PostgresConnections
{
    public PostgresConnections(string connectionString, string? readConnectionString = null)
    {
        Writes = WithTarget(connectionString, "primary");
        Reads = readConnectionString is null ? WithTarget(connectionString, "prefer-standby") : new NpgsqlConnectionStringBuilder(readConnectionString).ToString();
    }

    /// <summary>The connection string choosing among its hosts by this target; Npgsql takes a target only with several hosts.</summary>
    private static string WithTarget(string connectionString, string target)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Host?.Contains(',', StringComparison.Ordinal) == true)
        {
            builder.TargetSessionAttributes = target;
        }

        return builder.ToString();
    }

    public string Writes { get; }

    public string Reads { get; }

    /// <summary>
    /// Points the context at the primary. A context starts on the read connection (the one the site
    /// registers for every reader); the importer and the migrator move theirs here before they write,
    /// reopening the connection if it was open (nothing is held on it yet when they do).
    /// </summary>
    public async Task ToPrimaryAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetConnectionString() == Writes)
        {
            return;
        }

        var open = db.Database.GetDbConnection().State != System.Data.ConnectionState.Closed;
        if (open)
        {
            await db.Database.CloseConnectionAsync();
        }

        db.Database.SetConnectionString(Writes);
        if (open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
    }
}

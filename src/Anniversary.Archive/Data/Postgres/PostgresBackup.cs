using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Anniversary.Archive.Data.Postgres;

/// <summary>
/// <c>pg_dump</c> of the archive's database from the primary, in its custom format (restore with
/// <c>pg_restore</c>): PostgreSQL's own consistent copy, taken in one snapshot while the site keeps
/// serving and an import keeps writing. The archive runs it rather than leave it to the operator
/// so that <c>backup</c> means the same on both engines; a server's continuous archiving
/// (base backups and WAL) stays the operator's, and is the better tool for a large archive.
/// </summary>
public sealed class PostgresBackup(PostgresConnections connections) : IArchiveBackup
{
    public async Task<bool> TryBackupAsync(ArchiveDbContext db, string path, CancellationToken cancellationToken = default)
    {
        await connections.ToPrimaryAsync(db, cancellationToken);
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            return false;
        }

        var settings = new NpgsqlConnectionStringBuilder(connections.Writes);
        var start = new ProcessStartInfo(PgDump())
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--format=custom");
        start.ArgumentList.Add("--file=" + Path.GetFullPath(path));
        start.ArgumentList.Add("--dbname=" + LibpqConnection(settings));
        if (!string.IsNullOrEmpty(settings.Password))
        {
            start.Environment["PGPASSWORD"] = settings.Password;
        }

        using var dump = Process.Start(start)!;
        var errors = dump.StandardError.ReadToEndAsync(cancellationToken);
        await dump.StandardOutput.ReadToEndAsync(cancellationToken);
        await dump.WaitForExitAsync(cancellationToken);
        if (dump.ExitCode != 0)
        {
            File.Delete(path);
            throw new InvalidOperationException($"pg_dump failed: {(await errors).Trim()}");
        }

        return true;
    }

    /// <summary>The connection in libpq's words: hosts and their ports side by side, the primary only.</summary>
    private static string LibpqConnection(NpgsqlConnectionStringBuilder settings)
    {
        var hosts = (settings.Host ?? "localhost").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(host => host.LastIndexOf(':') is var colon && colon > 0 && !host.EndsWith(']') ? (Name: host[..colon], Port: host[(colon + 1)..]) : (Name: host, Port: settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        string Quoted(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
        var parts = new List<string>
        {
            $"host={Quoted(string.Join(',', hosts.Select(h => h.Name)))}",
            $"port={Quoted(string.Join(',', hosts.Select(h => h.Port)))}",
            $"dbname={Quoted(settings.Database ?? settings.Username ?? "postgres")}",
            "target_session_attrs=primary",
        };
        if (!string.IsNullOrEmpty(settings.Username))
        {
            parts.Add($"user={Quoted(settings.Username)}");
        }

        return string.Join(' ', parts);
    }

    /// <summary>pg_dump on the PATH, else the newest one PostgreSQL's Debian packages install.</summary>
    private static string PgDump()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "pg_dump")).FirstOrDefault(File.Exists);
        var packaged = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(folder => Path.Combine(folder, "bin", "pg_dump")).Where(File.Exists)
                .OrderByDescending(file => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(file))), out var major) ? major : 0).FirstOrDefault()
            : null;
        return onPath ?? packaged ?? throw new InvalidOperationException("pg_dump was not found on the PATH nor under /usr/lib/postgresql; install PostgreSQL's client tools to back up a PostgreSQL archive");
    }
}

using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Anniversary.Archive.Data.Sqlite;

/// <summary>
/// Settings SQLite keeps per connection, not in the file: applied once to each connection SQLite
/// opens, which Microsoft.Data.Sqlite's pool then hands out again and again.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    /// <summary>
    /// Reads map the file into memory rather than copying each page out of the operating system's
    /// cache through a system call, which made searches a fifth faster. The mapped pages are that
    /// same cache, shared and dropped under pressure. SQLite maps at most just under 2 GiB; past that
    /// it reads the rest of a file as before.
    /// </summary>
    public const long MemoryMapBytes = 2L * 1024 * 1024 * 1024;

    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];
    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure((SqliteConnection)connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure((SqliteConnection)connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The import reads the file without mapping it: mapped, its resident memory grew with the file
    /// for no clear gain. Disposing maps it again, before the connection goes back to the pool.
    /// </summary>
    public static IDisposable UnmapForImport(SqliteConnection connection)
    {
        Execute(connection, "PRAGMA mmap_size = 0;");
        return new Remap(connection);
    }

    private sealed class Remap(SqliteConnection connection) : IDisposable
    {
        public void Dispose()
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                Execute(connection, $"PRAGMA mmap_size = {MemoryMapBytes};");
            }
        }
    }

    private static void Configure(SqliteConnection connection)
    {
        var handle = connection.Handle!;
        if (Configured.TryGetValue(handle, out _))
        {
            return;
        }

        // Microsoft.Data.Sqlite retries a busy statement for the connection's default timeout (0: for
        // ever); the statements run on SQLite's C API (SqliteStatements) wait as long inside SQLite.
        var seconds = connection.DefaultTimeout;
        var busyMilliseconds = seconds == 0 ? int.MaxValue : Math.Min(seconds * 1000L, int.MaxValue);
        Execute(connection, $"PRAGMA mmap_size = {MemoryMapBytes}; PRAGMA busy_timeout = {busyMilliseconds};");
        Configured.AddOrUpdate(handle, Done);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        var result = raw.sqlite3_exec(connection.Handle!, sql);
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, connection.Handle);
        }
    }
}

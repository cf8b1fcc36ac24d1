using System.Data;
using System.Data.Common;
using Anniversary.Archive.Data.Sqlite;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace Anniversary.Web.Tests.Performance;

/// <summary>
/// Counts the SQL statements the site sends to SQLite while it answers requests, whoever sends them:
/// EF Core's queries and the search index's own commands share each context's connection, so the
/// count is taken from SQLite itself. The site's background reads of the archive's version are not requests and are
/// not counted.
/// </summary>
public sealed class SqlStatementCounter : DbConnectionInterceptor
{
    private readonly HttpContextAccessor _requests = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    /// <summary>For <see cref="Infrastructure.ArchiveWebFactory.TestServices"/>.</summary>
    public void Register(IServiceCollection services)
    {
        // Makes the request visible to _requests (the accessor's state is shared by every instance).
        services.AddHttpContextAccessor();
        services.ConfigureDbContext<SqliteArchiveDbContext>(options => options.AddInterceptors(this));
    }

    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        result.StateChange += (connection, change) =>
        {
            if (change.CurrentState == ConnectionState.Open)
            {
                raw.sqlite3_trace(((SqliteConnection)connection).Handle, (object _, string sql) => Counted(sql), null);
            }
        };
        return result;
    }

    private void Counted(string sql)
    {
        if (_requests.HttpContext is not null && !IsSqlitesOwn(sql))
        {
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>
    /// Statements SQLite runs for itself are work within one of the site's, not another query: those
    /// inside a running statement are reported with a leading "-- ", and FTS5 reads its own tables
    /// (its configuration, on a connection's first search) by their schema-qualified names. Nor are
    /// the settings the archive gives a connection once, when SQLite opens it (the pool may open one
    /// during any request): the memory map and the busy timeout.
    /// </summary>
    private static bool IsSqlitesOwn(string sql) =>
        sql.StartsWith("-- ", StringComparison.Ordinal) || sql.Contains("'main'.'", StringComparison.Ordinal)
        || sql.StartsWith("PRAGMA mmap_size", StringComparison.Ordinal) || sql.StartsWith("PRAGMA busy_timeout", StringComparison.Ordinal);
}

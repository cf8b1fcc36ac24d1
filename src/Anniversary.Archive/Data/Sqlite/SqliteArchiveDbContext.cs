using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Anniversary.Archive.Data.Sqlite;

// The archive on SQLite, owner of the SQLite migrations (Data/Sqlite/Migrations). Add one with:
//   dotnet ef migrations add <Name> --project src/Anniversary.Archive --context SqliteArchiveDbContext --output-dir Data/Sqlite/Migrations
// A migration holds its SQL as literals: never a call into today's code, which would change what an old migration does.
public sealed class SqliteArchiveDbContext(DbContextOptions<SqliteArchiveDbContext> options) : ArchiveDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host.</summary>
internal sealed class DesignTimeSqliteArchiveDbContextFactory : IDesignTimeDbContextFactory<SqliteArchiveDbContext>
{
    public SqliteArchiveDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteArchiveDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

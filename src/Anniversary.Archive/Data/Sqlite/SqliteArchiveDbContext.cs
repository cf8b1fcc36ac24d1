using Anniversary.Archive.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Anniversary.Archive.Data.Sqlite;

// The archive on SQLite, owner of the SQLite migrations (Data/Sqlite/Migrations). Add one with:
//   dotnet ef migrations add <Name> --project src/Anniversary.Archive --context SqliteArchiveDbContext --output-dir Data/Sqlite/Migrations
// A migration holds its SQL as literals: never a call into today's code, which would change what an old migration does.
// The table of statements is a WITHOUT ROWID table keyed by article and paragraph (migration
// StatementsKeyedByParagraph), which EF Core's model cannot say: a migration that makes it again must keep it so.
public sealed class SqliteArchiveDbContext(DbContextOptions<SqliteArchiveDbContext> options) : ArchiveDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // A statement's date is stored twice, in its row and in the speaker's index: as a number, not text.
        modelBuilder.Entity<Statement>().Property(s => s.Date).HasConversion(SqliteDates.Converter);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host.</summary>
internal sealed class DesignTimeSqliteArchiveDbContextFactory : IDesignTimeDbContextFactory<SqliteArchiveDbContext>
{
    public SqliteArchiveDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteArchiveDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

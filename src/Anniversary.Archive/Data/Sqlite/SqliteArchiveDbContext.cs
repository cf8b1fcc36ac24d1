using Anniversary.Archive.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Anniversary.Archive.Data.Sqlite;

// The archive on SQLite, owner of the SQLite migrations (Data/Sqlite/Migrations). Add one with:
//   dotnet ef migrations add <Name> --project src/Anniversary.Archive --context SqliteArchiveDbContext --output-dir Data/Sqlite/Migrations
// A migration holds its SQL as literals: never a call into today's code, which would change what an old migration does.
// The table of statements is a WITHOUT ROWID table keyed by article and paragraph (migration
// StatementsKeyedByParagraph), and IX_MentionedDates_MonthDay an index on an expression (migration
// MentionedDatesAsNumbers), which EF Core's model cannot say: a migration that makes them again must keep them so.
public sealed class SqliteArchiveDbContext(DbContextOptions<SqliteArchiveDbContext> options) : ArchiveDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Dates stored again in an index (a statement's in the speaker's, a mentioned date in the dates'
        // and the days of the year's) as numbers, not text. An article's date stays text: searches read it as such.
        modelBuilder.Entity<Statement>().Property(s => s.Date).HasConversion(SqliteDates.Converter);
        modelBuilder.Entity<MentionedDate>().Property(d => d.Date).HasConversion(SqliteDates.Converter);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host.</summary>
internal sealed class DesignTimeSqliteArchiveDbContextFactory : IDesignTimeDbContextFactory<SqliteArchiveDbContext>
{
    public SqliteArchiveDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteArchiveDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Anniversary.Archive.Data.Postgres;

// The archive on PostgreSQL, owner of the PostgreSQL migrations (Data/Postgres/Migrations). Add one with:
//   dotnet ef migrations add <Name> --project src/Anniversary.Archive --context PostgresArchiveDbContext --output-dir Data/Postgres/Migrations
// A migration holds its SQL as literals: never a call into today's code, which would change what an old migration does.
public sealed class PostgresArchiveDbContext(DbContextOptions<PostgresArchiveDbContext> options) : ArchiveDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host (it never connects to add a migration).</summary>
internal sealed class DesignTimePostgresArchiveDbContextFactory : IDesignTimeDbContextFactory<PostgresArchiveDbContext>
{
    public PostgresArchiveDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresArchiveDbContext>().UseNpgsql("Host=localhost;Database=anniversary_design_time").Options);
}

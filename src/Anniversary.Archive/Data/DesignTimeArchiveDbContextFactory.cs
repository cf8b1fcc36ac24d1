using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Anniversary.Archive.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the web host.</summary>
internal sealed class DesignTimeArchiveDbContextFactory : IDesignTimeDbContextFactory<ArchiveDbContext>
{
    public ArchiveDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anniversary.Archive.Tests.Support;

/// <summary>Moves an archive to the state a migration starts from, to test what the migration does to existing rows.</summary>
internal static class MigrationSteps
{
    /// <summary>Migrates back to the migration just before the one named (its name without the date).</summary>
    public static Task ToJustBeforeAsync(DbContext db, string name)
    {
        var migrations = db.Database.GetMigrations().ToList();
        var migration = migrations.Single(m => m.EndsWith("_" + name, StringComparison.Ordinal));
        return db.GetService<IMigrator>().MigrateAsync(migrations[migrations.IndexOf(migration) - 1]);
    }
}

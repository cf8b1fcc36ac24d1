using System.Diagnostics;
using Anniversary.Tests.Shared;
using Anniversary.Web.Tests.CrashSafety;
using Anniversary.Web.Tests.Infrastructure;
using Npgsql;

namespace Anniversary.Web.Tests.Commands;

/// <summary><c>import</c> and <c>backup</c> on PostgreSQL, configured as an operator would (environment variables), in a process of their own.</summary>
public sealed class PostgresCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Import_then_backup_writes_a_pg_dump_that_restores_the_archive()
    {
        var archive = await PostgresServer.Shared.CreateDatabaseAsync();
        var configuration = new Dictionary<string, string> { ["Archive__Engine"] = "postgres", ["ConnectionStrings__Archive"] = archive };

        using (var import = ArchiveProcess.Start(configuration, "import", RepositoryPaths.Seeds))
        {
            Assert.Equal(0, await import.WaitForExitAsync());
            Assert.Contains("imported 2, updated 0, unchanged 0, failed 0", import.Output);
        }

        var file = _temp.File("archive.dump");
        using (var backup = ArchiveProcess.Start(configuration, "backup", file))
        {
            Assert.Equal(0, await backup.WaitForExitAsync());
            Assert.Contains($"backed up to {file}", backup.Output);
        }

        // Restored into a database of its own, the copy holds the archive.
        var restored = await PostgresServer.Shared.CreateDatabaseAsync();
        var target = new NpgsqlConnectionStringBuilder(restored);
        var restore = Process.Start(new ProcessStartInfo(
            "/usr/lib/postgresql/15/bin/pg_restore", ["-h", target.Host!, "-p", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-d", target.Database!, "--no-owner", file])
        { RedirectStandardError = true })!;
        var errors = await restore.StandardError.ReadToEndAsync();
        await restore.WaitForExitAsync();
        Assert.True(restore.ExitCode == 0, errors);

        await using var connection = new NpgsqlConnection(restored);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT (SELECT count(*) FROM \"Articles\") * 1000 + (SELECT count(*) FROM \"SearchEntries\" WHERE \"Paragraph\" = 0)", connection);
        Assert.Equal(2002L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_backup_over_an_existing_file_is_refused()
    {
        var configuration = new Dictionary<string, string> { ["Archive__Engine"] = "postgres", ["ConnectionStrings__Archive"] = await PostgresServer.Shared.CreateDatabaseAsync() };
        var file = _temp.File("taken.dump");
        await File.WriteAllTextAsync(file, "not a backup");

        using var backup = ArchiveProcess.Start(configuration, "backup", file);

        Assert.Equal(1, await backup.WaitForExitAsync());
        Assert.Contains("already exists", backup.Error);
        Assert.Equal("not a backup", await File.ReadAllTextAsync(file));
    }

    public void Dispose() => _temp.Dispose();
}

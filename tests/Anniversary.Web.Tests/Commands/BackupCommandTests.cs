using Anniversary.Web.Commands;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Anniversary.Web.Tests.Commands;

public sealed class BackupCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_backup_is_a_consistent_copy_with_every_article_and_its_index()
    {
        await RunAsync("import", RepositoryPaths.Seeds, "--db", _temp.File("archive.db"));

        var (exitCode, output, _) = await RunAsync("backup", _temp.File("copy.db"), "--db", _temp.File("archive.db"));

        Assert.Equal(0, exitCode);
        Assert.Contains("backed up to", output);
        Assert.Equal("ok", Scalar(_temp.File("copy.db"), "PRAGMA integrity_check"));
        Assert.Equal(Scalar(_temp.File("archive.db"), "SELECT COUNT(*) FROM Articles"), Scalar(_temp.File("copy.db"), "SELECT COUNT(*) FROM Articles"));
        Assert.Equal(Scalar(_temp.File("archive.db"), "SELECT COUNT(*) FROM SearchEntries"), Scalar(_temp.File("copy.db"), "SELECT COUNT(*) FROM SearchEntries"));
        Assert.Equal(2L, Scalar(_temp.File("copy.db"), "SELECT COUNT(*) FROM Articles"));
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file()
    {
        await RunAsync("import", RepositoryPaths.Seeds, "--db", _temp.File("archive.db"));
        File.WriteAllText(_temp.File("copy.db"), "keep me");

        var (exitCode, _, error) = await RunAsync("backup", _temp.File("copy.db"), "--db", _temp.File("archive.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains("already exists", error);
        Assert.Equal("keep me", File.ReadAllText(_temp.File("copy.db")));
    }

    public void Dispose() => _temp.Dispose();

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ArchiveCommandLine.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static object? Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

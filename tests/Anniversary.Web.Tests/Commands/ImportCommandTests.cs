using System.Diagnostics;
using Anniversary.Web.Commands;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Anniversary.Web.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Import_of_the_seeds_exits_zero_and_prints_the_summary()
    {
        var (exitCode, output, error) = await RunAsync("import", RepositoryPaths.Seeds, "--db", _temp.File("a.db"));

        Assert.Equal(0, exitCode);
        Assert.Contains("imported 2, updated 0, unchanged 0, failed 0", output);
        Assert.Equal(string.Empty, error);
        Assert.Equal(2L, Scalar(_temp.File("a.db"), "SELECT COUNT(*) FROM Articles"));
    }

    [Fact]
    public async Task Re_import_reports_unchanged_files()
    {
        await RunAsync("import", RepositoryPaths.Seeds, "--db", _temp.File("a.db"));

        var (exitCode, output, _) = await RunAsync("import", RepositoryPaths.Seeds, "--db", _temp.File("a.db"));

        Assert.Equal(0, exitCode);
        Assert.Contains("imported 0, updated 0, unchanged 2, failed 0", output);
    }

    [Fact]
    public async Task A_bad_file_is_named_with_its_line_the_others_import_and_the_exit_code_is_non_zero()
    {
        var folder = Directory.CreateDirectory(_temp.File("in")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Seeds, "000_354021721e707285.txt"), Path.Combine(folder, "good.txt"));
        File.WriteAllText(Path.Combine(folder, "bad.txt"), "\n\ndated 2024-01-07 Something happened.\n");

        var (exitCode, output, error) = await RunAsync("import", folder, "--db", _temp.File("a.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains("imported 1, updated 0, unchanged 0, failed 1", output);
        Assert.Contains("bad.txt: line 3:", error);
        Assert.Contains("date YYYY-MM-DD", error);
        Assert.Equal(1L, Scalar(_temp.File("a.db"), "SELECT COUNT(*) FROM Articles"));
    }

    [Theory]
    [InlineData("--batch-size", "0", "--batch-size must be between 1 and 100000")]
    [InlineData("--defer-indexes-from", "0", "--defer-indexes-from must be at least 1")]
    public async Task An_option_out_of_range_fails_with_a_clear_message_and_writes_nothing(string option, string value, string message)
    {
        var (exitCode, _, error) = await RunAsync("import", RepositoryPaths.Seeds, "--db", _temp.File("a.db"), option, value);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, error);
        Assert.False(File.Exists(_temp.File("a.db")));
    }

    [Fact]
    public async Task A_missing_folder_fails_with_a_clear_message()
    {
        var (exitCode, _, error) = await RunAsync("import", _temp.File("nowhere"), "--db", _temp.File("a.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains("folder does not exist", error);
    }

    [Fact]
    public async Task The_built_executable_runs_the_import_command_as_a_child_process()
    {
        var start = new ProcessStartInfo("dotnet", ["Anniversary.Web.dll", "import", RepositoryPaths.Seeds, "--db", _temp.File("child.db")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("imported 2, updated 0, unchanged 0, failed 0", output);
        Assert.Equal(2L, Scalar(_temp.File("child.db"), "SELECT COUNT(*) FROM Articles"));
    }

    [Fact]
    public async Task The_command_reads_the_archive_from_the_environment_as_the_site_does()
    {
        // As the site reads it: the environment's variables over appsettings.json and appsettings.{Environment}.json.
        var start = new ProcessStartInfo("dotnet", ["Anniversary.Web.dll", "import", RepositoryPaths.Seeds])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Archive"] = $"Data Source={_temp.File("configured.db")}";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("imported 2, updated 0, unchanged 0, failed 0", output);
        Assert.Equal(2L, Scalar(_temp.File("configured.db"), "SELECT COUNT(*) FROM Articles"));
    }

    public void Dispose() => _temp.Dispose();

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ArchiveCommandLine.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}

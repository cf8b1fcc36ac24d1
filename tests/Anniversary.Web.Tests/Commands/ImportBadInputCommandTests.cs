using System.Diagnostics;
using System.Text;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Anniversary.Web.Tests.Commands;

/// <summary>
/// Representative cases of the importer's bad-input matrix (all of it is in the archive's
/// <c>ImporterBadInputTests</c>) through the real command in a process of its own, as an operator
/// runs it: each folder holds one good report and one bad file; the bad file is named on standard
/// error as plain text, with its line where it has one, the good report is imported, and the exit code is 1.
/// </summary>
public sealed class ImportBadInputCommandTests : IDisposable
{
    private const string Good = "good.txt";

    /// <summary>A safety net only: an import of two files takes a few seconds.</summary>
    private static readonly TimeSpan SafetyNet = TimeSpan.FromMinutes(2);

    private readonly TempFolder _temp = new();
    private readonly string _folder;

    public ImportBadInputCommandTests()
    {
        _folder = Directory.CreateDirectory(_temp.File("in")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Seeds, "000_354021721e707285.txt"), Path.Combine(_folder, Good));
    }

    [Fact]
    public async Task Invalid_utf8_is_named_with_its_line()
    {
        File.WriteAllBytes(Path.Combine(_folder, "latin.txt"), [.. "date 2024-01-06 A lead.\n\nH"u8, 0xC0, .. " N\n"u8]);

        await AssertOneFailureAsync("error: latin.txt: line 3: invalid UTF-8 byte 0xC0 at byte offset 26");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_without_a_line()
    {
        using (var file = File.Create(Path.Combine(_folder, "huge.txt")))
        {
            file.SetLength(10L * 1024 * 1024);
        }

        await AssertOneFailureAsync("error: huge.txt: file is 10485760 bytes, over the limit of 2097152 bytes; not read");
    }

    [Fact]
    public async Task A_line_over_the_line_limit_is_named()
    {
        File.WriteAllText(Path.Combine(_folder, "one-line.txt"), "date 2024-01-07 A lead.\n\n" + new string('x', 1024 * 1024) + "\n");

        await AssertOneFailureAsync("error: one-line.txt: line 3: line is over the limit of 65536 bytes");
    }

    [Fact]
    public async Task The_same_content_under_a_second_name_names_the_first()
    {
        File.Copy(Path.Combine(_folder, Good), Path.Combine(_folder, "later copy.txt"));

        await AssertOneFailureAsync("error: later copy.txt: has the same content as good.txt, which is already imported; not imported twice");
    }

    [Fact]
    public async Task A_link_to_a_file_outside_the_folder_is_not_followed()
    {
        var outside = _temp.File("outside.txt");
        File.WriteAllText(outside, "date 2024-01-07 A report kept elsewhere.\n\nA paragraph.\n");
        File.CreateSymbolicLink(Path.Combine(_folder, "link.txt"), outside);

        await AssertOneFailureAsync("error: link.txt: is a link to a file outside the folder; not followed");
    }

    [Fact]
    public async Task A_file_name_with_spaces_unicode_and_markup_is_printed_as_it_is()
    {
        const string name = "báo cáo <script>alert(1)<\\script> & \"more\".txt";
        File.WriteAllText(Path.Combine(_folder, name), string.Empty);

        await AssertOneFailureAsync($"error: {name}: line 1: the file has no text");
    }

    [Fact]
    public async Task A_file_name_with_a_line_break_is_printed_escaped_on_one_line()
    {
        File.WriteAllText(Path.Combine(_folder, "forged\nimported 9, updated 0, unchanged 0, failed 0.txt"), "date 2024-01-07 A lead.\n\nA paragraph.\n");

        var (output, error) = await AssertOneFailureAsync(
            @"error: forged\u000Aimported 9, updated 0, unchanged 0, failed 0.txt: the file name has control characters (shown as \uXXXX); rename the file");
        Assert.DoesNotContain(Lines(output + error), line => line.StartsWith("imported 9", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_without_txt_files_exits_1()
    {
        var empty = Directory.CreateDirectory(_temp.File("no-txt")).FullName;
        File.WriteAllText(Path.Combine(empty, "notes.md"), "not a seed");

        var (exitCode, output, error) = await RunAsync("import", empty, "--db", _temp.File("a.db"));

        Assert.Equal(1, exitCode);
        Assert.Equal([$"error: {empty}: folder has no .txt files"], Errors(error));
        Assert.EndsWith("imported 0, updated 0, unchanged 0, failed 1", output.Trim());
        Assert.Equal(0L, Scalar(_temp.File("a.db"), "SELECT COUNT(*) FROM Articles"));
    }

    /// <summary>Imports the folder: the good report is stored, the bad file is the one error, and the command exits 1.</summary>
    private async Task<(string Output, string Error)> AssertOneFailureAsync(string expectedError)
    {
        var database = _temp.File("a.db");

        var (exitCode, output, error) = await RunAsync("import", _folder, "--db", database);

        Assert.Equal(1, exitCode);
        Assert.Equal([expectedError], Errors(error));
        Assert.EndsWith("imported 1, updated 0, unchanged 0, failed 1", output.Trim());
        Assert.Equal(Good, ScalarText(database, "SELECT group_concat(SourceFile) FROM Articles"));
        return (output, error);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Standard error's report lines; the progress lines (<c>importing: …</c>) share the stream.</summary>
    private static string[] Errors(string error) => Lines(error).Where(line => !line.StartsWith("importing:", StringComparison.Ordinal)).ToArray();

    public void Dispose() => _temp.Dispose();

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", ["Anniversary.Web.dll", .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var safetyNet = new CancellationTokenSource(SafetyNet);
        await process.WaitForExitAsync(safetyNet.Token);
        return (process.ExitCode, await output, await error);
    }

    private static long Scalar(string database, string sql) => (long)Query(database, sql)!;

    private static string? ScalarText(string database, string sql) => Query(database, sql) as string;

    private static object? Query(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

using System.Diagnostics;
using Anniversary.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Anniversary.Web.Tests.Bench;

/// <summary>
/// A small run of <c>bench/peers.sh</c> (the archive against Hugo and nginx on the same reports): the
/// script works end to end and prints every row of its table with numbers. Its timings mean nothing
/// at this size and are not checked.
/// </summary>
public sealed class PeersBenchmarkTests(ITestOutputHelper output)
{
    private static readonly string[] Rows =
    [
        "import vs Hugo",
        "SQLite alone storing and FTS5-indexing the same files",
        "peak import memory",
        "database vs text imported",
        "article page",
        "search p99, common word",
        "search p99, word + speaker filter + date range",
        "search p99, name whose words are all common",
        "search p99, phrase",
        "search p99, place",
        "search p99, date",
    ];

    [Fact]
    public async Task A_smoke_run_prints_every_row_of_the_table_with_numbers()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Anniversary.Web.dll");
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "bench", "peers.sh"), "--count", "50", "--shape", "real", "--seed", "3", "--smoke", "--app", app])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var safetyNet = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(safetyNet.Token);
        var table = await standardOutput;
        output.WriteLine(table);
        output.WriteLine(await standardError);
        Assert.Equal(0, process.ExitCode);

        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith('|')).ToList();
        Assert.StartsWith("| 50 reports (seed 3)", lines[0]);
        Assert.Contains("KB reports (real)", lines[0]);
        Assert.Equal(2 + Rows.Length, lines.Count);
        foreach (var (label, line) in Rows.Zip(lines.Skip(2)))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries)[1..^1];
            Assert.StartsWith(label, cells[0]);
            Assert.Equal(2, cells.Length);
            Assert.Matches(@"\*\*\d[\d,]*(\.\d+)?( ×| MiB| ms)?\*\*", cells[1]);
        }
    }
}

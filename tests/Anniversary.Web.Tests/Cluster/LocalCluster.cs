using System.Diagnostics;
using System.Globalization;
using Anniversary.Web.Tests.Infrastructure;

namespace Anniversary.Web.Tests.Cluster;

/// <summary>
/// The local cluster of <c>deploy/cluster.sh</c> (PostgreSQL primary and standby, Redis, two web
/// nodes, nginx), started once for a test class on free loopback ports, from this build's site, and
/// stopped after it. Tests drive it through the same script an operator uses.
/// </summary>
public sealed class LocalCluster : IAsyncLifetime
{
    private static readonly TimeSpan SafetyNet = TimeSpan.FromMinutes(4);

    private readonly TempFolder _state = new();
    private readonly Dictionary<string, int> _ports = new()
    {
        ["PRIMARY_PORT"] = 0, ["STANDBY_PORT"] = 0, ["REDIS_PORT"] = 0, ["WEB1_PORT"] = 0, ["WEB2_PORT"] = 0, ["LB_PORT"] = 0,
    };

    public LocalCluster()
    {
        foreach (var name in _ports.Keys.ToList())
        {
            int port;
            do
            {
                port = FreePorts.Next();
            }
            while (_ports.ContainsValue(port));
            _ports[name] = port;
        }
    }

    public static string Script => Path.Combine(RepositoryPaths.Root, "deploy", "cluster.sh");

    public Uri Balancer => Url("LB_PORT");

    public Uri Web1 => Url("WEB1_PORT");

    public Uri Web2 => Url("WEB2_PORT");

    public int PrimaryPort => _ports["PRIMARY_PORT"];

    public string StateFolder => _state.Path;

    public async Task InitializeAsync() => await RunAsync("start");

    public async Task DisposeAsync()
    {
        try
        {
            await RunAsync("stop");
        }
        finally
        {
            _state.Dispose();
        }
    }

    /// <summary>Runs <c>deploy/cluster.sh</c> with these arguments; fails with its output when it fails.</summary>
    public async Task<string> RunAsync(params string[] args)
    {
        var (exitCode, output) = await TryRunAsync(args);
        Assert.True(exitCode == 0, $"cluster.sh {string.Join(' ', args)} exited {exitCode}:\n{output}\n{Logs()}");
        return output;
    }

    public async Task<(int ExitCode, string Output)> TryRunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash", [Script, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["CLUSTER_DIR"] = _state.Path;
        start.Environment["SITE_DLL"] = Path.Combine(AppContext.BaseDirectory, "Anniversary.Web.dll");
        // Pages are never limited, search and the API are: the load tests send hundreds from one address.
        start.Environment["PERMITS_PER_MINUTE"] = "1000000";
        foreach (var (name, port) in _ports)
        {
            start.Environment[name] = port.ToString(CultureInfo.InvariantCulture);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var safetyNet = new CancellationTokenSource(SafetyNet);
        await process.WaitForExitAsync(safetyNet.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The last lines of each part's log, for a failure's message.</summary>
    public string Logs() => string.Join('\n', Directory.Exists(Path.Combine(_state.Path, "logs"))
        ? Directory.GetFiles(Path.Combine(_state.Path, "logs"), "*.log").Select(file =>
            $"--- {Path.GetFileName(file)}\n{string.Join('\n', File.ReadLines(file).TakeLast(15))}")
        : []);

    private Uri Url(string port) => new($"http://127.0.0.1:{_ports[port]}/");
}

/// <summary>Alone: the cluster's load tests count failed requests and must not compete for the two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection : ICollectionFixture<LocalCluster>
{
    public const string Name = "Local cluster";
}

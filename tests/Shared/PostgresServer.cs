using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Anniversary.Tests.Shared;

/// <summary>
/// A throwaway PostgreSQL 15 cluster on a free 127.0.0.1 port, in a folder of its own under the
/// temp folder: one per test run (<see cref="Shared"/>), stopped when the run ends, and one more for
/// a test that needs a server of its own (a primary it stops, a standby). PostgreSQL refuses to run
/// as root, so as root its commands run as the <c>postgres</c> user. A run killed before it could
/// stop its clusters leaves their folders, named with its process id: the next run stops and removes them.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string FolderPrefix = "anniversary-pg-";
    private static readonly string Bin = Directory.Exists("/usr/lib/postgresql/15/bin") ? "/usr/lib/postgresql/15/bin"
        : Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).OrderDescending().First();

    private static readonly Lazy<PostgresServer> SharedServer = new(() =>
    {
        var server = StartAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    });

    private static int _databases;
    private bool _stopped;

    private PostgresServer(string folder, int port)
    {
        Folder = folder;
        Port = port;
    }

    /// <summary>The run's one server, started on first use.</summary>
    public static PostgresServer Shared => SharedServer.Value;

    public string Folder { get; }

    public string DataFolder => Path.Combine(Folder, "data");

    public int Port { get; }

    /// <summary>The connection string of a database on this server; the database need not exist.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true, MaxPoolSize = 20 }.ToString();

    /// <summary>A new, empty database of a name no other test uses.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"archive_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>A new cluster, initialised and started.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        RemoveStaleClusters();
        var server = new PostgresServer(NewFolder(), FreePort());
        try
        {
            await RunAsync("initdb", "-D", server.DataFolder, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8");
            await server.StartServerAsync();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>A streaming standby of this server, on a port and in a folder of its own, started.</summary>
    public async Task<PostgresServer> StartStandbyAsync()
    {
        var standby = new PostgresServer(NewFolder(), FreePort());
        try
        {
            await RunAsync("pg_basebackup", "-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres",
                "-D", standby.DataFolder, "-R", "-X", "stream", "-c", "fast");
            await standby.StartServerAsync();
            return standby;
        }
        catch
        {
            standby.Dispose();
            throw;
        }
    }

    /// <summary>Starts again a server stopped by <see cref="StopAsync"/>.</summary>
    public Task RestartAsync()
    {
        _stopped = false;
        return StartServerAsync();
    }

    public Task StopAsync()
    {
        _stopped = true;
        return RunAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        if (!_stopped && File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
        {
            try
            {
                StopAsync().GetAwaiter().GetResult();
            }
            catch (InvalidOperationException)
            {
                // Already stopped by other means: the folder goes all the same.
            }
        }

        // rm, not Directory.Delete: a test host is killed soon after its last test, and rm, a process of
        // its own, finishes the folder all the same; what is left is removed by the next run.
        using var remove = Process.Start("rm", ["-rf", Folder]);
        remove?.WaitForExit(10_000);
    }

    private Task StartServerAsync() =>
        RunAsync("pg_ctl", "-D", DataFolder, "-l", Path.Combine(Folder, "server.log"), "-w", "-o",
            $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start");

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (IsRoot)
        {
            Chown(folder);
        }

        return folder;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static void Chown(string folder)
    {
        using var chown = Process.Start("chown", ["postgres:postgres", folder])!;
        chown.WaitForExit();
    }

    /// <summary>Clusters of a run that no longer exists: stopped at once, their folders removed.</summary>
    private static void RemoveStaleClusters()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var pid = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (int.TryParse(pid, out var id) && id != Environment.ProcessId && !IsRunning(id))
            {
                var stale = new PostgresServer(folder, 0);
                stale.Dispose();
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string tool, params string[] arguments)
    {
        var start = IsRoot ? new ProcessStartInfo("runuser") : new ProcessStartInfo(Path.Combine(Bin, tool));
        if (IsRoot)
        {
            foreach (var argument in (string[])["-u", "postgres", "--", Path.Combine(Bin, tool)])
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}

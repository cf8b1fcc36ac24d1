using System.Collections.Concurrent;
using System.Diagnostics;

namespace Anniversary.Web.Tests.CrashSafety;

/// <summary>
/// The archive's command line in a process of its own (<c>dotnet Anniversary.Web.dll …</c>), as an
/// operator runs it, so that it can be killed like one: its output is read line by line as it comes.
/// </summary>
public sealed class ArchiveProcess : IDisposable
{
    /// <summary>A safety net only: no command of these tests runs for anything near this long.</summary>
    public static readonly TimeSpan SafetyNet = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _error = new();
    private readonly TaskCompletionSource _firstProgress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ArchiveProcess(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet", ["Anniversary.Web.dll", .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Keep(_output, e.Data);
        _process.ErrorDataReceived += (_, e) =>
        {
            Keep(_error, e.Data);
            if (e.Data?.StartsWith("importing:", StringComparison.Ordinal) == true)
            {
                _firstProgress.TrySetResult();
            }
        };
        _process.Exited += (_, _) => _firstProgress.TrySetResult();
        _process.Start();
        try
        {
            // An import keeps both cores busy; below the test's priority it cannot starve the test's
            // watcher, which must see each batch land to kill the import at a chosen moment.
            _process.PriorityClass = ProcessPriorityClass.BelowNormal;
        }
        catch (InvalidOperationException)
        {
            // Already ended: nothing left to compete with.
        }

        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Started = Stopwatch.StartNew();
    }

    public Stopwatch Started { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output => string.Join('\n', _output);

    public string Error => string.Join('\n', _error);

    public static ArchiveProcess Start(params string[] args) => new(args);

    /// <summary>The command with configuration of its own in environment variables (<c>ConnectionStrings__Archive</c>, …).</summary>
    public static ArchiveProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args) => new(args, environment);

    /// <summary>Completes once an import has committed its first batch (its first progress line), or when the process has ended.</summary>
    public async Task FirstProgressAsync() => await _firstProgress.Task.WaitAsync(SafetyNet);

    public async Task<int> WaitForExitAsync()
    {
        using var safetyNet = new CancellationTokenSource(SafetyNet);
        await _process.WaitForExitAsync(safetyNet.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL on Linux: no finally block, no disposal, no flush runs in the process.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await WaitForExitAsync();
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(SafetyNet);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}

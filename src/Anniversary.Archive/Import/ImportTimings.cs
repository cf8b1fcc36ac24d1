using System.Diagnostics;
using System.Text;

namespace Anniversary.Archive.Import;

/// <summary>
/// Where an import's time goes, stage by stage, when <c>ANNIVERSARY_IMPORT_TIMINGS=1</c> is set: the
/// reading stages are summed over the reading threads, the writing stages are the one writer's. For
/// benchmarks; off, a stage costs one test of a static field.
/// </summary>
public static class ImportTimings
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("ANNIVERSARY_IMPORT_TIMINGS") == "1";

    private static readonly string[] Names = ["read", "parse", "extract", "render", "wait", "store", "bodies", "recount", "index", "commit", "open", "deferred"];
    private static readonly long[] Ticks = new long[Names.Length];
    private static readonly long[] Allocated = new long[Names.Length];

    [ThreadStatic]
    private static long _allocatedAtStart;

    public enum Stage
    {
        Read,
        Parse,
        Extract,
        Render,
        Wait,
        Store,
        Bodies,
        Recount,
        Index,
        Commit,
        Open,
        Deferred,
    }

    private static long _peakCommitted, _peakNative;

    /// <summary>Notes the memory the GC has committed and what the database engine's native code holds (given by the caller), keeping the highest of each.</summary>
    public static void Sample(long nativeBytes)
    {
        if (Enabled)
        {
            _peakCommitted = Math.Max(_peakCommitted, GC.GetGCMemoryInfo().TotalCommittedBytes);
            _peakNative = Math.Max(_peakNative, nativeBytes);
        }
    }

    /// <summary>
    /// The memory of the moment, <paramref name="files"/> files in: what the GC holds, and the
    /// resident size as the system counts it (anonymous, mapped files, shared: the runtime's code), on Linux.
    /// </summary>
    public static string Memory(int files)
    {
        var memory = GC.GetGCMemoryInfo();
        var text = new StringBuilder($"memory after {files} files: GC committed {memory.TotalCommittedBytes >> 20} MiB, heap {memory.HeapSizeBytes >> 20} MiB");
        text.Append($" (large objects {memory.GenerationInfo[3].SizeAfterBytes >> 20} MiB), peak engine memory {_peakNative >> 20} MiB");
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status).Where(line => line.StartsWith("Rss", StringComparison.Ordinal)))
            {
                text.Append(", ").Append(string.Join(' ', line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        return text.ToString();
    }

    public static long Start()
    {
        if (!Enabled)
        {
            return 0;
        }

        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        return Stopwatch.GetTimestamp();
    }

    public static void Stop(Stage stage, long started)
    {
        if (Enabled)
        {
            Interlocked.Add(ref Ticks[(int)stage], Stopwatch.GetTimestamp() - started);
            Interlocked.Add(ref Allocated[(int)stage], GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart);
        }
    }

    public static string Report()
    {
        var text = new StringBuilder("import stages (s):");
        for (var i = 0; i < Names.Length; i++)
        {
            text.Append($" {Names[i]} {Ticks[i] / (double)Stopwatch.Frequency:0.00} ({Allocated[i] >> 20} MiB)");
        }

        var memory = GC.GetGCMemoryInfo();
        text.Append($"; GC: allocated {GC.GetTotalAllocatedBytes() >> 20} MiB, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        text.Append($", paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s, heap {memory.HeapSizeBytes >> 20} MiB, CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.0} s");
        text.Append($"; peak GC committed {_peakCommitted >> 20} MiB, peak engine memory {_peakNative >> 20} MiB");
        return text.ToString();
    }
}

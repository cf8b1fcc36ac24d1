using System.Runtime.InteropServices;

namespace Anniversary.Archive.Import;

/// <summary>
/// The C library's heap, where SQLite and the runtime allocate. glibc keeps what they free in
/// per-thread arenas and gives little of it back by itself (an import's writer, moving between
/// thread-pool threads, allocates in several): 15-35 MiB of free memory came to be counted in the
/// import's resident size. Trimming once a batch gives it back to the system.
/// </summary>
internal static class NativeHeap
{
    private static bool _canTrim = OperatingSystem.IsLinux();

    public static void Trim()
    {
        if (!_canTrim)
        {
            return;
        }

        try
        {
            malloc_trim(0);
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library other than glibc (musl): it has no such call, and its own ways of keeping memory.
            _canTrim = false;
        }
    }

    [DllImport("libc")]
    private static extern int malloc_trim(nuint pad);
}

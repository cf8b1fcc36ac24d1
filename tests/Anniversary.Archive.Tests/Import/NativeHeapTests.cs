using System.Runtime.InteropServices;
using Anniversary.Archive.Import;

namespace Anniversary.Archive.Tests.Import;

/// <summary>What native code freed in the C library's heap goes back to the system when the import trims it after a batch.</summary>
public sealed class NativeHeapTests
{
    [Fact]
    public void Trimming_gives_back_native_memory_freed_below_memory_still_in_use()
    {
        // Small blocks come from the heap, not from a mapping of their own; the last one is kept, so the
        // free memory below it is not at the heap's end, where glibc would give it back by itself.
        const int blocks = 1024, blockBytes = 64 * 1024;
        var freed = 0L;
        var thread = new Thread(() =>
        {
            var allocated = new nint[blocks];
            var ones = Enumerable.Repeat((byte)1, blockBytes).ToArray();
            for (var i = 0; i < blocks; i++)
            {
                allocated[i] = Marshal.AllocHGlobal(blockBytes);
                Marshal.Copy(ones, 0, allocated[i], blockBytes);
            }

            for (var i = 0; i < blocks - 1; i++)
            {
                Marshal.FreeHGlobal(allocated[i]);
            }

            var before = ResidentAnonymousBytes();
            NativeHeap.Trim();
            freed = before - ResidentAnonymousBytes();
            Marshal.FreeHGlobal(allocated[^1]);
        });
        thread.Start();
        thread.Join();

        Assert.True(freed > blocks * blockBytes / 2, $"trimming gave back {freed >> 20} MiB of the {blocks * blockBytes >> 20} MiB freed");
    }

    private static long ResidentAnonymousBytes() =>
        long.Parse(File.ReadLines("/proc/self/status").Single(line => line.StartsWith("RssAnon:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
}

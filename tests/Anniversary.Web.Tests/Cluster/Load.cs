using System.Collections.Concurrent;
using System.Net;

namespace Anniversary.Web.Tests.Cluster;

/// <summary>A few readers sending requests one after another, as long as told; every answer kept, a refused connection counted as a failure.</summary>
public sealed class Load(HttpClient client, IReadOnlyList<string> urls, int readers = 4)
{
    public ConcurrentQueue<(string Url, int Status)> Answers { get; } = new();

    public IEnumerable<string> Failures => Answers.Where(a => a.Status != (int)HttpStatusCode.OK).Select(a => $"{a.Url}: {a.Status}");

    /// <summary>Sends requests until <paramref name="enough"/> says stop; a status of 0 is a request that got no answer.</summary>
    public async Task RunAsync(Func<bool> enough)
    {
        async Task ReadAsync(int reader)
        {
            for (var i = reader; !enough(); i += readers)
            {
                var url = urls[i % urls.Count].Replace("{n}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                try
                {
                    using var response = await client.GetAsync(url);
                    await response.Content.ReadAsByteArrayAsync();
                    Answers.Enqueue((url, (int)response.StatusCode));
                }
                catch (HttpRequestException)
                {
                    Answers.Enqueue((url, 0));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, readers).Select(ReadAsync));
    }

    /// <summary>Sends <paramref name="count"/> requests, calling <paramref name="midway"/> once when about half have been answered.</summary>
    public async Task RunAsync(int count, Func<Task> midway)
    {
        var fired = 0;
        Task? during = null;
        await RunAsync(() =>
        {
            if (Answers.Count >= count / 2 && Interlocked.Exchange(ref fired, 1) == 0)
            {
                during = midway();
            }

            return Answers.Count >= count;
        });
        await (during ?? Task.CompletedTask);
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Anniversary.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace Anniversary.Web.Tests.Search;

/// <summary>
/// Random and hostile requests to /search and /api/search, generated from a fixed seed so a failure
/// can be replayed: the site must never fail, the page must always render, and the API must answer
/// 200 or 400 with problem details, each within a time bound.
/// </summary>
[Collection(SeededSiteCollection.Name)]
public sealed class SearchFuzzTests(ArchiveWebFactory factory, ITestOutputHelper output)
{
    private const int RequestCount = 5_000;
    private const int Seed = 20_240_107;
    private static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(2);

    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Thousands_of_random_and_hostile_requests_are_answered_without_failure_in_time()
    {
        var random = new Random(Seed);
        var urls = Enumerable.Range(0, RequestCount)
            .Select(i => (i % 2 == 0 ? "/search?" : "/api/search?") + HostileRequests.QueryString(random))
            .ToList();

        // The first request of each kind pays for start-up work (JIT, view compilation), which is not what is measured.
        await SendAsync("/search?q=warm");
        await SendAsync("/api/search?q=warm");

        var failures = new ConcurrentBag<(string Url, string Reason)>();
        var latencies = new ConcurrentBag<double>();
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, _) =>
        {
            var answer = await SendAsync(url);
            latencies.Add(answer.Elapsed.TotalMilliseconds);
            if (Problem(url, answer) is { } reason)
            {
                failures.Add((Shorten(url), reason));
            }
        });

        var sorted = latencies.Order().ToList();
        output.WriteLine(
            $"{sorted.Count} requests (seed {Seed}): median {sorted[sorted.Count / 2]:F1} ms, " +
            $"99th percentile {sorted[(int)(sorted.Count * 0.99)]:F1} ms, max {sorted[^1]:F1} ms");
        Assert.Equal(RequestCount, sorted.Count);
        var byReason = failures.GroupBy(f => f.Reason.Split(" (")[0]).Select(g => $"{g.Count()} × {g.Key}");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {RequestCount} requests failed ({string.Join("; ", byReason)}):\n" +
            string.Join('\n', failures.OrderBy(f => f.Url, StringComparer.Ordinal).Take(25).Select(f => $"{f.Url} -> {f.Reason}")));
    }

    [Theory]
    [InlineData("/search?q=%EF%BF%BE")]
    [InlineData("/api/search?q=%EF%BF%BE")]
    [InlineData("/search?q=khai%EF%BF%BF")]
    [InlineData("/api/search?q=khai%EF%BF%BF")]
    [InlineData("/search?q=%ED%A0%80%ED%B0%80")]
    [InlineData("/api/search?q=%ED%A0%80x")]
    [InlineData("/search?q=%FF%FE%C0%80%E0%80")]
    [InlineData("/api/search?q=%F4%90%80%80")]
    [InlineData("/search?q=%00%01%1B%7F%C2%85")]
    [InlineData("/api/search?q=%CC%81%CC%82%CC%83")]
    [InlineData("/search?q=%zz%4%")]
    [InlineData("/api/search?q=NEAR(khai%20pol%2C%202)")]
    [InlineData("/api/search?q=title%3Akhai%20OR%20body%3Apol")]
    [InlineData("/api/search?q=khai*%20%5Epol%20%7Bpeople%7D%3Ax")]
    [InlineData("/api/search?q=(((khai")]
    [InlineData("/api/search?q=%22%22%22khai")]
    [InlineData("/api/search?q=-")]
    [InlineData("/api/search?q=-khai%20-pol")]
    [InlineData("/api/search?q=AND%20OR%20NOT%20NEAR")]
    [InlineData("/api/search?q=OR")]
    [InlineData("/api/search?q=%27%3B%20DROP%20TABLE%20Articles%3B%20--")]
    [InlineData("/api/search?date=2024-13-45")]
    [InlineData("/api/search?q=2024-13-45%2031%2F02%2F2024%20February%2030")]
    [InlineData("/api/search?from=2024-02-01&to=2024-01-01")]
    [InlineData("/api/search?q=khai&page=-1")]
    [InlineData("/api/search?q=khai&page=999999999")]
    [InlineData("/api/search?q=khai&page=abc")]
    [InlineData("/api/search?speaker=nobody-at-all")]
    [InlineData("/api/search?kind=everything&sort=random")]
    [InlineData("/api/search?q=khai&q=pol&page=1&page=2&kind=articles&kind=statements")]
    [InlineData("/search?q=khai&page=-1")]
    [InlineData("/search?q=khai&page=999999999")]
    [InlineData("/search?q=khai&page=abc")]
    [InlineData("/search?date=2024-13-45&from=2024-02-01&to=2024-01-01&speaker=nobody")]
    [InlineData("/search?q=khai&q=pol&page=1&page=2")]
    [InlineData("/search?&&&=&q&=x&%00=1")]
    public async Task A_hostile_request_is_answered_without_failure(string url)
    {
        var reason = Problem(url, await SendAsync(url));

        Assert.True(reason is null, $"{url} -> {reason}");
    }

    private async Task<Answer> SendAsync(string url)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await _client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, clock.Elapsed, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return new Answer(0, null, string.Empty, clock.Elapsed, exception.InnerException?.InnerException?.Message ?? exception.Message);
        }
    }

    private static string Shorten(string url) => url.Length > 200 ? url[..200] + $"…({url.Length} chars)" : url;

    /// <summary>What is wrong with an answer, or null when nothing is.</summary>
    private static string? Problem(string url, Answer answer)
    {
        var status = (int)answer.Status;
        if (answer.BrokenOff is { } reason)
        {
            return $"the response broke off ({reason})";
        }

        if (status >= 500)
        {
            return $"server error {status}";
        }

        if (url.StartsWith("/search?", StringComparison.Ordinal) && (answer.Status != HttpStatusCode.OK || answer.MediaType != "text/html"))
        {
            return $"the page answered {status} ({answer.MediaType})";
        }

        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            var expected = answer.Status switch
            {
                HttpStatusCode.OK => "application/json",
                HttpStatusCode.BadRequest => "application/problem+json",
                _ => null,
            };
            if (expected is null || answer.MediaType != expected)
            {
                return $"the API answered {status} ({answer.MediaType})";
            }

            try
            {
                using var json = JsonDocument.Parse(answer.Body);
                var field = answer.Status == HttpStatusCode.OK ? "results" : "status";
                if (!json.RootElement.TryGetProperty(field, out _))
                {
                    return $"the API's {status} answer has no '{field}'";
                }
            }
            catch (JsonException)
            {
                return $"the API answered {status} with a body that is not JSON";
            }
        }

        if (answer.Body.Contains("Exception", StringComparison.Ordinal) || answer.Body.Contains("   at ", StringComparison.Ordinal))
        {
            return "the body shows an exception or a stack trace";
        }

        return answer.Elapsed > TimeBound ? $"slower than {TimeBound.TotalSeconds} s ({answer.Elapsed.TotalMilliseconds:F0} ms)" : null;
    }

    private sealed record Answer(HttpStatusCode Status, string? MediaType, string Body, TimeSpan Elapsed, string? BrokenOff);

    /// <summary>Query strings built from a seeded <see cref="Random"/>: hostile values, hostile encodings, hostile shapes.</summary>
    private static class HostileRequests
    {
        private static readonly string[] Words =
        [
            "khai", "Le Minh Khai", "Lê Kim Anh", "Hà Nội", "Ha Noi", "hanoi", "Pol Pot", "Ieng", "Neth Savoeun", "gift packages",
            "Cambodia", "Việt Nam", "Đồng Tháp", "hoà", "hòa", "the", "victory", "1979", "January 7", "7/1/2024", "2024-01-07",
            "Jan. 7, 1979", "January 1979", "7 January 2024", "Khia", "border", "45th", "genocidal",
        ];

        private static readonly string[] Syntax =
        [
            "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR/3", "and", "or", "title:", "body:", "people:", "type:", "{title body}:", "*", "^",
            "(", ")", "((", "))", "\"", "\"\"", "-", "--", "+", ":", "{", "}", "[", "]", "'", ";", "/*", "*/", "\\", "%", "_", "|", "&",
            "=", "<", ">", "<mark>", "</mark>", "<script>alert(1)</script>", "&amp;", "&#0;", "' OR 1=1 --", "\"; DROP TABLE Articles; --",
            "rank", "MATCH", "bm25(", "SearchEntries", "NULL", "\0",
        ];

        private static readonly string[] Dates =
        [
            "2024-01-07", "2024-13-45", "2024-02-30", "2023-02-29", "0000-00-00", "0001-01-01", "9999-12-31", "1799-12-31", "2101-01-01",
            "2024-1-7", "07/01/2024", "31/02/2024", "2024-01-07T00:00:00", " 2024-01-07 ", "2024/01/07", "January 32", "Feb 30", "1979-01",
            "-2024-01-07", "2024-01-07-2024-01-08", "２０２４-０１-０７", "٢٠٢٤-٠١-٠٧", "20240107", "1e4", "",
        ];

        private static readonly string[] Speakers =
        [
            "le-minh-khai", "neth-savoeun", "le-kim-anh", "pol-pot", "nobody-at-all", "LE-MINH-KHAI", " le-minh-khai ", "le minh khai",
            "../../etc/passwd", "le-minh-khai' OR 1=1 --", "%", "_", "*", "",
        ];

        private static readonly string[] Kinds = ["articles", "statements", "both", "ARTICLES", " Both ", "all", "1", "-1", "0", "Both,Articles", "0x1", "article", ""];

        private static readonly string[] Sorts = ["relevance", "newest", "oldest", "NEWEST", "random", "2", "-1", "date desc", "newest; DROP TABLE Articles", ""];

        private static readonly string[] Pages =
        [
            "1", "2", "3", "-1", "0", "999999999", "1000", "1001", "2147483647", "2147483648", "-2147483648", "99999999999999999999", "abc",
            "1.5", "1e3", " 2 ", "+2", "٣", "２", "0x10", "2,000", "",
        ];

        /// <summary>Percent sequences that are not UTF-8: stray bytes, overlong forms, surrogates encoded as bytes, truncations, non-hex.</summary>
        private static readonly string[] BadEncodings =
        [
            "%FF", "%FE", "%C0%80", "%C1%BF", "%E0%80%80", "%ED%A0%80", "%ED%BF%BF", "%F4%90%80%80", "%F8%88%80%80%80", "%F0%9F", "%E2%82",
            "%80", "%BF%BF", "%", "%4", "%zz", "%%", "%u0041", "%25%", "%EF%BF%BE", "%EF%BF%BF",
        ];

        private static readonly (int From, int To)[] Ranges =
        [
            (0x20, 0x7E), (0xA0, 0xFF), (0x1EA0, 0x1EF9), (0x0300, 0x036F), (0x0000, 0x001F), (0x007F, 0x009F), (0xD800, 0xDFFF),
            (0xFFFE, 0xFFFF), (0xFDD0, 0xFDEF), (0xE000, 0xE0FF), (0x200B, 0x200F), (0x2028, 0x202E), (0xFEFF, 0xFEFF), (0xFF01, 0xFF5E),
            (0x0660, 0x0669), (0x0400, 0x04FF), (0x0E00, 0x0E7F), (0x1780, 0x17FF), (0x4E00, 0x4FFF), (0x1F300, 0x1F64F), (0x10FFF0, 0x10FFFF),
        ];

        public static string QueryString(Random random)
        {
            var parts = new List<string>();
            void Add(string name, string value) => parts.Add(Encode(name) + "=" + Encode(value));

            var huge = random.Next(30) == 0;
            if (random.Next(100) < 85)
            {
                Add("q", huge ? HugeText(random) : QueryText(random));
            }

            if (random.Next(100) < 25)
            {
                Add("speaker", random.Next(6) == 0 ? UnicodeText(random, random.Next(1, 200)) : Pick(random, Speakers));
            }

            if (random.Next(100) < 12)
            {
                Add("date", random.Next(6) == 0 ? UnicodeText(random, random.Next(1, 150)) : Pick(random, Dates));
            }

            if (random.Next(100) < 8)
            {
                // 'from' after 'to'.
                Add("from", "2024-01-07");
                Add("to", "1979-01-07");
            }
            else
            {
                if (random.Next(100) < 12)
                {
                    Add("from", Pick(random, Dates));
                }

                if (random.Next(100) < 12)
                {
                    Add("to", Pick(random, Dates));
                }
            }

            if (random.Next(100) < 20)
            {
                Add("kind", random.Next(8) == 0 ? UnicodeText(random, random.Next(1, 150)) : Pick(random, Kinds));
            }

            if (random.Next(100) < 20)
            {
                Add("sort", random.Next(8) == 0 ? UnicodeText(random, random.Next(1, 150)) : Pick(random, Sorts));
            }

            if (random.Next(100) < 25)
            {
                Add("page", random.Next(10) == 0 ? new string('9', random.Next(10, 5_000)) : Pick(random, Pages));
            }

            if (parts.Count > 0 && random.Next(100) < 12)
            {
                // The same parameter again, with another value.
                var name = Uri.UnescapeDataString(parts[random.Next(parts.Count)].Split('=')[0]);
                Add(name, name == "q" ? QueryText(random) : Pick(random, [.. Pages, .. Dates, .. Kinds]));
            }

            if (random.Next(100) < 10)
            {
                parts.Add(Pick(random, ["", "&", "=", "q", "=x", "%00=1", "q=%", "page", "page=", "speaker=&speaker="]));
            }

            if (random.Next(100) < 4)
            {
                for (var i = random.Next(50, 300); i > 0; i--)
                {
                    Add(random.Next(4) == 0 ? UnicodeText(random, random.Next(1, 8)) : $"p{i}", UnicodeText(random, random.Next(0, 8)));
                }
            }

            if (random.Next(100) < 15)
            {
                // Bytes that are not UTF-8 inside a value the site reads.
                var at = random.Next(parts.Count + 1);
                parts.Insert(at, Pick(random, ["q", "speaker", "date", "kind", "sort", "page"]) + "=" + Pick(random, BadEncodings) + Encode(Pick(random, Words)) + Pick(random, BadEncodings));
            }

            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts));
            return string.Join('&', parts);
        }

        private static string QueryText(Random random) => random.Next(8) switch
        {
            0 => UnicodeText(random, random.Next(0, 60)),
            1 => new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0, 0x20)).ToArray()),
            2 => new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0x0300, 0x0370)).ToArray()),
            3 => string.Join(' ', Enumerable.Range(0, random.Next(1, 20)).Select(_ => Pick(random, Syntax))),
            4 => string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 16)).Select(_ => random.Next(3) == 0 ? Pick(random, Syntax) : Pick(random, Words))),
            5 => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, [.. Dates, .. Words]))),
            6 => "\"" + string.Join(' ', Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pick(random, Words))) + (random.Next(2) == 0 ? "\"" : ""),
            _ => string.Join(' ', Enumerable.Range(0, random.Next(1, 40)).Select(_ => (random.Next(4) == 0 ? "-" : "") + Pick(random, Words) + (random.Next(5) == 0 ? " OR" : ""))),
        };

        /// <summary>About 10 kB of UTF-8: words, syntax, or random characters.</summary>
        private static string HugeText(Random random)
        {
            var text = new StringBuilder();
            while (Encoding.UTF8.GetByteCount(text.ToString()) < 10_000)
            {
                text.Append(random.Next(3) switch
                {
                    0 => Pick(random, Words) + " ",
                    1 => Pick(random, Syntax) + " ",
                    _ => UnicodeText(random, 50),
                });
            }

            return Clean(text.ToString());
        }

        private static string UnicodeText(Random random, int length)
        {
            var text = new StringBuilder();
            for (var i = 0; i < length; i++)
            {
                var (from, to) = Ranges[random.Next(Ranges.Length)];
                var codePoint = random.Next(from, to + 1);
                // Surrogate code units go in on their own, paired or not, to be sent as the bytes that encode them.
                text.Append(codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint));
            }

            return Clean(text.ToString());
        }

        /// <summary>Inputs never spell the words the check looks for, so an echo of the query is not mistaken for a leak.</summary>
        private static string Clean(string text)
        {
            text = text.Replace("Exception", "Exceptio_n", StringComparison.Ordinal);
            while (text.Contains("   at ", StringComparison.Ordinal))
            {
                text = text.Replace("   at ", "  at ", StringComparison.Ordinal);
            }

            return text;
        }

        /// <summary>Percent-encodes UTF-8, and a lone surrogate as the three bytes that would encode it (not valid UTF-8).</summary>
        private static string Encode(string value)
        {
            var encoded = new StringBuilder();
            void Bytes(ReadOnlySpan<byte> bytes)
            {
                foreach (var b in bytes)
                {
                    if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
                    {
                        encoded.Append((char)b);
                    }
                    else
                    {
                        encoded.Append('%').Append(b.ToString("X2"));
                    }
                }
            }

            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    Bytes(Encoding.UTF8.GetBytes(value.Substring(i++, 2)));
                }
                else if (char.IsSurrogate(c))
                {
                    Bytes([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
                }
                else
                {
                    Bytes(Encoding.UTF8.GetBytes(c.ToString()));
                }
            }

            return encoded.ToString();
        }

        private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
    }
}

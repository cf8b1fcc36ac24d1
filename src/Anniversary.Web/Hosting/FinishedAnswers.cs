using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Anniversary.Web.Hosting;

/// <summary>
/// The answers the output cache has served whole, kept as finished bytes in front of routing: a page
/// read often costs no endpoint matching, no cache key and no copy of the cached entry. Kept under the
/// same key as the output cache's (address, query as sent, chosen encoding, the archive's version), for
/// no longer than its entry lives, and only for answers that no rate limit counts, so a client's allowance,
/// the request log and the metrics see each answer as before. Only a node with the output cache in its
/// own memory keeps them: with a shared cache every lookup goes to Redis, as the cluster promises.
/// </summary>
public sealed class FinishedAnswers(ArchiveVersion version, IResponseCompressionProvider compression, OutputCacheLookups lookups)
{
    /// <summary>Bounds the memory they take; beyond it the output cache answers as before.</summary>
    public const long MostBytes = 32 * 1024 * 1024;
    private const int MostLimitedAddresses = 4096;

    private Generation _generation = new("unread");

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!Served(context))
        {
            await next(context);
            return;
        }

        var generation = CurrentGeneration();
        var key = KeyOf(context);
        if (generation.Answers.TryGetValue(key, out var answer))
        {
            if (DateTimeOffset.UtcNow < answer.Expires)
            {
                lookups.Count(available: true, hit: true);
                await answer.WriteAsync(context);
                return;
            }

            generation.Remove(key, answer);
        }

        if (generation.Full || generation.Limited.ContainsKey(key.Path))
        {
            await next(context);
            return;
        }

        await CaptureAsync(context, next, generation, key);
    }

    /// <summary>Plain reads only: a conditional or authorised request goes through the output cache, which decides.</summary>
    private static bool Served(HttpContext context)
    {
        var headers = context.Request.Headers;
        return HttpMethods.IsGet(context.Request.Method)
            && !headers.ContainsKey(HeaderNames.Authorization)
            && !headers.ContainsKey(HeaderNames.IfNoneMatch)
            && !headers.ContainsKey(HeaderNames.IfModifiedSince);
    }

    private Generation CurrentGeneration()
    {
        var generation = _generation;
        var current = version.Current;
        if (generation.Version == current)
        {
            return generation;
        }

        // A new version makes every kept answer stale at once, as it does the output cache's keys.
        Interlocked.CompareExchange(ref _generation, new Generation(current), generation);
        return _generation;
    }

    private Key KeyOf(HttpContext context)
    {
        var request = context.Request;
        var encoding = compression.CheckRequestAcceptsCompression(context) ? compression.GetCompressionProvider(context)?.EncodingName ?? string.Empty : string.Empty;
        return new Key(request.Scheme, request.Host.Value ?? string.Empty, request.PathBase.Add(request.Path).Value ?? string.Empty, request.QueryString.Value ?? string.Empty, encoding);
    }

    /// <summary>Lets the pipeline answer, and keeps the answer if the output cache served it whole.</summary>
    private static async Task CaptureAsync(HttpContext context, RequestDelegate next, Generation generation, Key key)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        var copy = new CopyingStream(original.Stream, context.Response);
        var capturing = new StreamResponseBodyFeature(copy, original);
        context.Features.Set<IHttpResponseBodyFeature>(capturing);
        try
        {
            await next(context);

            // Only what was written and not yet flushed: flushing an empty answer would start it, and
            // the status code pages outside could no longer fill a 404 in.
            var writer = capturing.Writer;
            if (writer.CanGetUnflushedBytes ? writer.UnflushedBytes > 0 : context.Response.HasStarted)
            {
                await writer.FlushAsync();
            }
        }
        finally
        {
            context.Features.Set(original);
        }

        var response = context.Response;
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null)
        {
            // Counted against a client's allowance on every request: never answered from here.
            if (generation.Limited.Count < MostLimitedAddresses)
            {
                generation.Limited.TryAdd(key.Path, true);
            }

            return;
        }

        if (endpoint is null || copy.Dropped || response.StatusCode != StatusCodes.Status200OK
            || !long.TryParse(response.Headers.Age, NumberStyles.None, CultureInfo.InvariantCulture, out var age)
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || response.ContentLength != copy.Kept.Length)
        {
            return;
        }

        var made = DateTimeOffset.UtcNow.AddSeconds(-age);
        var headers = response.Headers
            .Where(header => !header.Key.Equals(HeaderNames.Age, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        generation.Add(key, new Answer(endpoint, headers, copy.Kept.ToArray(), made, made + PageCaching.Lifetime));
    }

    private sealed class Generation(string version)
    {
        private long _bytes;

        public string Version { get; } = version;
        public ConcurrentDictionary<Key, Answer> Answers { get; } = new();

        /// <summary>Addresses whose answers a rate limit counts.</summary>
        public ConcurrentDictionary<string, bool> Limited { get; } = new();

        public bool Full => Interlocked.Read(ref _bytes) >= MostBytes;

        public void Add(Key key, Answer answer)
        {
            if (Answers.TryAdd(key, answer))
            {
                Interlocked.Add(ref _bytes, answer.Size);
            }
        }

        public void Remove(Key key, Answer answer)
        {
            if (Answers.TryRemove(new KeyValuePair<Key, Answer>(key, answer)))
            {
                Interlocked.Add(ref _bytes, -answer.Size);
            }
        }
    }

    private readonly record struct Key(string Scheme, string Host, string Path, string Query, string Encoding);

    /// <summary>An answer as the output cache sent it: its headers (Date the time it was made) and its body.</summary>
    private sealed class Answer(Endpoint endpoint, KeyValuePair<string, StringValues>[] headers, byte[] body, DateTimeOffset made, DateTimeOffset expires)
    {
        public DateTimeOffset Expires { get; } = expires;
        public long Size => body.Length + 1024;

        public async Task WriteAsync(HttpContext context)
        {
            // The endpoint it came from, so the request's metrics carry its route as before.
            context.SetEndpoint(endpoint);
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            var sent = response.Headers;
            foreach (var (name, value) in headers)
            {
                sent[name] = value;
            }

            sent.Age = ((long)(DateTimeOffset.UtcNow - made).TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await response.BodyWriter.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>
    /// Writes through to the response and keeps a copy of what it wrote, only when the output cache
    /// answers (the answer carries Age before its first byte) and only up to a limit.
    /// </summary>
    private sealed class CopyingStream(Stream inner, HttpResponse response) : Stream
    {
        private const int Largest = 1024 * 1024;
        private bool _started;

        public MemoryStream Kept { get; } = new();
        public bool Dropped { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (!_started)
            {
                _started = true;
                Dropped = !response.Headers.ContainsKey(HeaderNames.Age);
            }

            if (Dropped || Kept.Length + bytes.Length > Largest)
            {
                Dropped = true;
                return;
            }

            Kept.Write(bytes);
        }
    }
}

public static class FinishedAnswersPipeline
{
    /// <summary>In front of routing; registered only when the output cache is in this node's memory.</summary>
    public static IApplicationBuilder UseFinishedAnswers(this IApplicationBuilder app)
    {
        var answers = app.ApplicationServices.GetService<FinishedAnswers>();
        return answers is null ? app : app.Use((context, next) => answers.InvokeAsync(context, next));
    }
}

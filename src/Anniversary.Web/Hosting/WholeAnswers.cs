using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Anniversary.Web.Hosting;

/// <summary>
/// Answers sent whole: what an endpoint writes is kept until it has finished, then sent in one write,
/// headers and body together, with its length. A node killed while it renders has sent nothing, so the
/// balancer in front (nginx's proxy_next_upstream) retries the request on another node; a node killed
/// between two parts of a streamed page leaves the reader a cut page that no balancer can retry. An
/// answer longer than <see cref="MostBytes"/> is streamed as before from that point.
/// </summary>
public static class WholeAnswers
{
    public const int MostBytes = 1024 * 1024;

    public static IApplicationBuilder UseWholeAnswers(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        await using var answer = new WholeAnswerStream(original.Stream, MostBytes);
        var kept = new StreamResponseBodyFeature(answer, original);
        context.Features.Set<IHttpResponseBodyFeature>(kept);
        try
        {
            await next(context);
            if (kept.Writer.UnflushedBytes > 0)
            {
                await kept.Writer.FlushAsync(context.RequestAborted);
            }
        }
        finally
        {
            // On an exception nothing has been sent: the error page outside answers instead.
            context.Features.Set(original);
        }

        await answer.SendAsync(context.Request, context.Response, context.RequestAborted);
    });
}

/// <summary>Keeps what is written in pooled memory up to a limit; past it, sends what it kept and writes through.</summary>
public sealed class WholeAnswerStream(Stream destination, int mostBytes) : Stream
{
    private byte[] _kept = [];
    private int _length;

    /// <summary>True once the answer outgrew the limit and is being streamed.</summary>
    public bool Streaming { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!Streaming && _length + buffer.Length > mostBytes)
        {
            Streaming = true;
            await destination.WriteAsync(_kept.AsMemory(0, _length), cancellationToken);
            Release();
        }

        if (Streaming)
        {
            await destination.WriteAsync(buffer, cancellationToken);
            return;
        }

        Keep(buffer.Span);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <summary>A flush while the answer is kept sends nothing: the point is to send it only when it is finished.</summary>
    public override Task FlushAsync(CancellationToken cancellationToken) =>
        Streaming ? destination.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override void Flush()
    {
        if (Streaming)
        {
            destination.Flush();
        }
    }

    /// <summary>Sends the kept answer in one write, with its length when the endpoint did not give one.</summary>
    public async Task SendAsync(HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        if (Streaming || _length == 0)
        {
            return;
        }

        if (!response.HasStarted && response.ContentLength is null && !HttpMethods.IsHead(request.Method)
            && !response.Headers.ContainsKey(HeaderNames.TransferEncoding))
        {
            response.ContentLength = _length;
        }

        await destination.WriteAsync(_kept.AsMemory(0, _length), cancellationToken);
        Release();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Release();
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync()
    {
        Release();
        return base.DisposeAsync();
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _kept.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_length + bytes.Length, Math.Max(16 * 1024, _kept.Length * 2)));
            _kept.AsSpan(0, _length).CopyTo(larger);
            var length = _length;
            Release();
            _kept = larger;
            _length = length;
        }

        bytes.CopyTo(_kept.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Release()
    {
        if (_kept.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_kept);
        }

        _kept = [];
        _length = 0;
    }
}

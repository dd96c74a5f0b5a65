using System.IO.Pipelines;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>
/// The response body's writer: the pipe the forwarder reads, except that the first flush or write starts the response
/// (its headers go to the forwarder first), as the first flush or write to a server's response does.
/// </summary>
internal sealed class InProcessResponseWriter(PipeWriter body, InProcessExchange exchange) : PipeWriter
{
    public override bool CanGetUnflushedBytes => body.CanGetUnflushedBytes;

    public override long UnflushedBytes => body.UnflushedBytes;

    public override void Advance(int bytes) => body.Advance(bytes);

    public override Memory<byte> GetMemory(int sizeHint = 0) => body.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => body.GetSpan(sizeHint);

    public override void CancelPendingFlush() => body.CancelPendingFlush();

    public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        await exchange.StartResponseAsync();
        return await body.FlushAsync(cancellationToken);
    }

    public override async ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
    {
        await exchange.StartResponseAsync();
        return await body.WriteAsync(source, cancellationToken);
    }

    /// <summary>Completing the writer completes the response, as it does on a server's response.</summary>
    public override ValueTask CompleteAsync(Exception? exception = null) => new(exchange.CompleteAsync());

    public override void Complete(Exception? exception = null) => exchange.CompleteAsync().GetAwaiter().GetResult();
}

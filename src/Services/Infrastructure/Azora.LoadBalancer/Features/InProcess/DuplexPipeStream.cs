using System.IO.Pipelines;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>A stream that reads one pipe and writes another: the client's end of an in-memory connection.</summary>
internal sealed class DuplexPipeStream(PipeReader input, PipeWriter output) : Stream
{
    private readonly Stream _reads = input.AsStream();
    private readonly Stream _writes = output.AsStream();

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => _reads.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => _reads.Read(buffer);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _reads.ReadAsync(buffer, offset, count, cancellationToken);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _reads.ReadAsync(buffer, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => _writes.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _writes.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _writes.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        _writes.WriteAsync(buffer, cancellationToken);

    public override void Flush() => _writes.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _writes.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Closing the client's end: the server reads the end of the request stream, as after a socket's FIN.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writes.Dispose();
            _reads.Dispose();
        }
        base.Dispose(disposing);
    }
}

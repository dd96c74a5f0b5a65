using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>
/// The request body as the application reads it: the forwarder's content, copied through a pipe once the application
/// first reads, and refused with 413 past the body size limit in force when reading began, as Kestrel refuses it.
/// </summary>
internal sealed class InProcessRequestBody(HttpContent content, IHttpMaxRequestBodySizeFeature limit, CancellationToken aborted) : Stream
{
    private readonly Pipe _pipe = new();
    private Stream? _reads;
    private long? _max;
    private long _read;

    public bool ReadStarted => _reads is not null;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await Reads().ReadAsync(buffer, cancellationToken);
        _read += read;
        if (_read > _max)
        {
            throw TooLarge();
        }
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush() => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>The exchange is over: a copy still running finds no reader and drains the rest of the content.</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pipe.Reader.Complete();
        }
        base.Dispose(disposing);
    }

    private Stream Reads()
    {
        if (_reads is not null)
        {
            return _reads;
        }
        _max = limit.MaxRequestBodySize;
        if (content.Headers.ContentLength > _max)
        {
            throw TooLarge();
        }
        _reads = _pipe.Reader.AsStream();
        _ = CopyAsync();
        return _reads;
    }

    private async Task CopyAsync()
    {
        try
        {
            await content.CopyToAsync(_pipe.Writer.AsStream(), aborted);
            await _pipe.Writer.CompleteAsync();
        }
        catch (Exception failure)
        {
            await _pipe.Writer.CompleteAsync(failure);
        }
    }

    private BadHttpRequestException TooLarge() =>
        new($"Request body too large. The max request body size is {_max} bytes.", StatusCodes.Status413PayloadTooLarge);
}

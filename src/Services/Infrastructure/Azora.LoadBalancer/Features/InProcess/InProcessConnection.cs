using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>
/// The server side of a connection made in memory: what Kestrel reads is what <see cref="Client"/> writes and the
/// other way round. It carries the endpoint's own address as its local end, so the request reports the service's port
/// (which routes it to that service's endpoints) just as it would over TCP.
/// </summary>
internal sealed class InProcessConnection : ConnectionContext
{
    private static readonly PipeOptions Options = new(
        readerScheduler: PipeScheduler.ThreadPool, writerScheduler: PipeScheduler.ThreadPool, useSynchronizationContext: false);

    private static long _lastId;

    private readonly Pipe _toServer = new(Options);
    private readonly Pipe _toClient = new(Options);
    private readonly CancellationTokenSource _closed = new();

    public InProcessConnection(IPEndPoint local, IPEndPoint remote)
    {
        LocalEndPoint = local;
        RemoteEndPoint = remote;
        ConnectionId = $"in-process-{Interlocked.Increment(ref _lastId)}";
        Transport = new DuplexPipe(_toServer.Reader, _toClient.Writer);
        Client = new DuplexPipeStream(_toClient.Reader, _toServer.Writer);
        ConnectionClosed = _closed.Token;
    }

    /// <summary>The client's end, a stream as a socket's would be.</summary>
    public Stream Client { get; }

    public override string ConnectionId { get; set; }

    public override IFeatureCollection Features { get; } = new FeatureCollection();

    public override IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();

    public override IDuplexPipe Transport { get; set; }

    /// <summary>Kestrel gives up on the connection: it stops at its next read, and the client sees the end it writes.</summary>
    public override void Abort(ConnectionAbortedException abortReason)
    {
        _closed.Cancel();
        _toServer.Reader.CancelPendingRead();
    }

    /// <summary>Kestrel is done with the connection: the client reads its end and its writes go nowhere.</summary>
    public override ValueTask DisposeAsync()
    {
        _toServer.Reader.Complete();
        _toClient.Writer.Complete();
        _closed.Cancel();
        return ValueTask.CompletedTask;
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}

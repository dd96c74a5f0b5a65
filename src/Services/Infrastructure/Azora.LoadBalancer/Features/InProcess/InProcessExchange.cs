using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace Azora.LoadBalancer.Features.InProcess;

/// <summary>
/// One request handed to this process's application in memory. The application gets the features a server gives a
/// request it read from a socket (method, target, headers, body, the connection's ends, the body size limit, abort),
/// filled from the forwarder's request message; the forwarder gets its response message as soon as the application
/// starts the response (its first flush or write, or its end), with the body streaming after it through a pipe.
/// </summary>
internal sealed class InProcessExchange :
    IHttpResponseFeature, IHttpResponseBodyFeature, IHttpRequestLifetimeFeature, IHttpRequestBodyDetectionFeature,
    IHttpMaxRequestBodySizeFeature
{
    private static readonly PipeOptions BodyPipe = new(
        readerScheduler: PipeScheduler.Inline, writerScheduler: PipeScheduler.Inline, useSynchronizationContext: false);

    private static long _lastId;

    private readonly HttpRequestMessage _request;
    private readonly InProcessRequestBody? _requestBody;
    private readonly FeatureCollection _features = new();
    private readonly HeaderDictionary _responseHeaders = new();
    private readonly Pipe _responseBody = new(BodyPipe);
    private readonly TaskCompletionSource<HttpResponseMessage> _response = new();
    private readonly CancellationTokenSource _aborted;
    private readonly CancellationTokenRegistration _forwarderGaveUp;
    private readonly ILogger _logger;
    private readonly string _connectionId = $"in-process-{Interlocked.Increment(ref _lastId)}";
    private Stack<(Func<object, Task> Callback, object State)>? _onStarting;
    private Stack<(Func<object, Task> Callback, object State)>? _onCompleted;
    private InProcessResponseWriter? _writer;
    private Stream? _stream;
    private bool _completed;
    private long? _maxRequestBodySize;

    public InProcessExchange(HttpRequestMessage request, int port, long? maxRequestBodySize, ILogger logger, CancellationToken cancellationToken)
    {
        _request = request;
        _logger = logger;
        _maxRequestBodySize = maxRequestBodySize;
        _aborted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _forwarderGaveUp = cancellationToken.UnsafeRegister(
            static (state, token) => ((InProcessExchange)state!)._response.TrySetCanceled(token), this);

        var target = request.RequestUri!;
        if (request.Content is { } content)
        {
            _requestBody = new InProcessRequestBody(content, this, _aborted.Token);
        }
        _features.Set<IHttpRequestFeature>(new HttpRequestFeature
        {
            Protocol = HttpProtocol.Http11,
            Scheme = target.Scheme,
            Method = request.Method.Method,
            PathBase = string.Empty,
            // Decoded as Kestrel decodes a request's path: every escape but an encoded '/'.
            Path = PathString.FromUriComponent(target.AbsolutePath).Value ?? "/",
            QueryString = target.Query,
            RawTarget = target.PathAndQuery,
            Headers = RequestHeaders(request, target),
            Body = (Stream?)_requestBody ?? Stream.Null,
        });
        _features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            ConnectionId = _connectionId,
            LocalIpAddress = IPAddress.Loopback,
            LocalPort = port,
            RemoteIpAddress = IPAddress.Loopback,
            RemotePort = 0,
        });
        _features.Set<IHttpResponseFeature>(this);
        _features.Set<IHttpResponseBodyFeature>(this);
        _features.Set<IHttpRequestLifetimeFeature>(this);
        _features.Set<IHttpRequestBodyDetectionFeature>(this);
        _features.Set<IHttpMaxRequestBodySizeFeature>(this);
    }

    /// <summary>The forwarder's response: given once the application starts its response.</summary>
    public Task<HttpResponseMessage> Response => _response.Task;

    /// <summary>Runs the request through the application as the server would, then ends the response and the request.</summary>
    public async Task RunAsync<TContext>(IHttpApplication<TContext> application) where TContext : notnull
    {
        var context = default(TContext);
        Exception? failure = null;
        try
        {
            context = application.CreateContext(_features);
            await application.ProcessRequestAsync(context);
            await CompleteAsync();
        }
        catch (Exception thrown)
        {
            failure = thrown;
            await FailAsync(thrown);
        }
        finally
        {
            _requestBody?.Dispose();
            await FireOnCompletedAsync();
            if (context is not null)
            {
                application.DisposeContext(context, failure);
            }
            _forwarderGaveUp.Dispose();
            _aborted.Dispose();
        }
    }

    // The response, as the application sees it.

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public string? ReasonPhrase { get; set; }

    public IHeaderDictionary Headers
    {
        get => _responseHeaders;
        set => throw new NotSupportedException("The response headers of an in-process request cannot be replaced.");
    }

    public Stream Body
    {
        get => Stream;
        set => throw new NotSupportedException("Replace the response body through IHttpResponseBodyFeature.");
    }

    public bool HasStarted { get; private set; }

    public void OnStarting(Func<object, Task> callback, object state)
    {
        if (HasStarted)
        {
            throw new InvalidOperationException("The response has already started.");
        }
        (_onStarting ??= new()).Push((callback, state));
    }

    public void OnCompleted(Func<object, Task> callback, object state) => (_onCompleted ??= new()).Push((callback, state));

    // The response body.

    public PipeWriter Writer => _writer ??= new InProcessResponseWriter(_responseBody.Writer, this);

    public Stream Stream => _stream ??= Writer.AsStream(leaveOpen: true);

    public void DisableBuffering()
    {
    }

    public Task StartAsync(CancellationToken cancellationToken = default) => StartResponseAsync().AsTask();

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(Stream, path, offset, count, cancellationToken);

    public async Task CompleteAsync()
    {
        if (_completed)
        {
            return;
        }
        await StartResponseAsync();
        _completed = true;
        await _responseBody.Writer.CompleteAsync();
    }

    /// <summary>
    /// Starts the response once: its OnStarting callbacks run (last registered first, as Kestrel runs them) and may
    /// still change the headers; then the headers freeze and the forwarder gets its response message.
    /// </summary>
    internal async ValueTask StartResponseAsync()
    {
        if (HasStarted)
        {
            return;
        }
        while (_onStarting is not null && _onStarting.TryPop(out var starting))
        {
            await starting.Callback(starting.State);
        }
        HasStarted = true;
        _responseHeaders.IsReadOnly = true;
        var response = ResponseMessage();
        if (!_response.TrySetResult(response))
        {
            // The forwarder gave up waiting: nobody reads the body, so its writes must not wait for a reader.
            response.Dispose();
        }
    }

    // The request's lifetime, its body and its body size limit.

    public CancellationToken RequestAborted
    {
        get => _aborted.Token;
        set => throw new NotSupportedException("The request's abort token is the exchange's own.");
    }

    public void Abort()
    {
        _aborted.Cancel();
        _response.TrySetException(new HttpRequestException(HttpRequestError.ConnectionError, "The service aborted the request."));
    }

    public bool CanHaveBody => _requestBody is not null;

    public bool IsReadOnly => _requestBody?.ReadStarted == true;

    public long? MaxRequestBodySize
    {
        get => _maxRequestBodySize;
        set
        {
            if (IsReadOnly)
            {
                throw new InvalidOperationException("The maximum request body size cannot be changed after the body has been read.");
            }
            _maxRequestBodySize = value;
        }
    }

    /// <summary>
    /// What Kestrel does with an exception the application let through: before the response started, an empty 500
    /// instead; after, the response is cut short (here the forwarder's read of its body fails).
    /// </summary>
    private async Task FailAsync(Exception failure)
    {
        _logger.LogError(failure, "Connection id \"{ConnectionId}\": an unhandled exception was thrown by the application.", _connectionId);
        if (!HasStarted)
        {
            _onStarting?.Clear();
            _responseHeaders.Clear();
            _responseHeaders.ContentLength = 0;
            StatusCode = StatusCodes.Status500InternalServerError;
            ReasonPhrase = null;
            await CompleteAsync();
            return;
        }
        _completed = true;
        await _responseBody.Writer.CompleteAsync(new IOException("The service failed while writing its response.", failure));
    }

    private async Task FireOnCompletedAsync()
    {
        while (_onCompleted is not null && _onCompleted.TryPop(out var completed))
        {
            try
            {
                await completed.Callback(completed.State);
            }
            catch (Exception failure)
            {
                _logger.LogError(failure, "Connection id \"{ConnectionId}\": an OnCompleted callback failed.", _connectionId);
            }
        }
    }

    private HttpResponseMessage ResponseMessage()
    {
        var content = new StreamContent(_responseBody.Reader.AsStream());
        var message = new HttpResponseMessage((HttpStatusCode)StatusCode)
        {
            Version = HttpVersion.Version11,
            RequestMessage = _request,
            Content = content,
        };
        if (ReasonPhrase is not null)
        {
            message.ReasonPhrase = ReasonPhrase;
        }
        foreach (var (name, values) in _responseHeaders)
        {
            if (!message.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }
        return message;
    }

    private static IHeaderDictionary RequestHeaders(HttpRequestMessage request, Uri target)
    {
        IHeaderDictionary headers = new HeaderDictionary();
        Copy(request.Headers.NonValidated, headers);
        if (request.Content is { } content)
        {
            Copy(content.Headers.NonValidated, headers);
        }
        if (StringValues.IsNullOrEmpty(headers.Host))
        {
            headers.Host = target.Authority;
        }
        return headers;
    }

    private static void Copy(HttpHeadersNonValidated from, IHeaderDictionary to)
    {
        foreach (var (name, values) in from)
        {
            to[name] = values.Count == 1 ? new StringValues(values.ToString()) : new StringValues(values.ToArray());
        }
    }
}

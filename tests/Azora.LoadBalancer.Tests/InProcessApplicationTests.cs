using System.Net;
using System.Text;
using Azora.LoadBalancer.Features.InProcess;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;

namespace Azora.LoadBalancer.Tests;

/// <summary>The gateway's hand-over of a request to this process's application, against an application of the test's own.</summary>
public sealed class InProcessApplicationTests
{
    private const int Port = 45123;

    [Theory]
    [InlineData("http://127.0.0.1:45123/a", true)]
    [InlineData("http://localhost:45123/a", true)]
    [InlineData("http://[::1]:45123/a", true)]
    [InlineData("http://127.0.0.1:45124/a", false)]
    [InlineData("http://10.1.2.3:45123/a", false)]
    public void Only_a_loopback_address_on_a_port_of_this_server_is_served_in_memory(string destination, bool inProcess)
    {
        var application = Serving(_ => Task.CompletedTask);

        Assert.Equal(inProcess ? Port : null, application.PortFor(new Uri(destination)));
    }

    [Fact]
    public async Task The_application_sees_the_request_as_the_server_would_give_it()
    {
        string? seen = null;
        var application = Serving(async context =>
        {
            var request = context.Request;
            using var reader = new StreamReader(request.Body);
            seen = $"{request.Method} {request.Path.Value} {request.QueryString} host={request.Host} port={context.Connection.LocalPort} "
                + $"x={request.Headers["X-Test"]} type={request.ContentType} body={await reader.ReadToEndAsync()}";
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.ContentType = "text/plain";
            context.Response.Headers["X-Answer"] = "yes";
            await context.Response.WriteAsync("made");
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://localhost:{Port}/things/a%20b%2fc?x=1&y=2")
        {
            Content = new StringContent("{\"name\":\"n\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Test", "t");

        using var response = await application.SendAsync(request, Port, CancellationToken.None);

        Assert.Equal($"POST /things/a b%2fc ?x=1&y=2 host=localhost:{Port} port={Port} x=t type=application/json; charset=utf-8 body={{\"name\":\"n\"}}", seen);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("yes", Assert.Single(response.Headers.GetValues("X-Answer")));
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("made", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, application.Served);
    }

    [Fact]
    public async Task The_response_reaches_the_forwarder_when_it_starts_and_its_body_streams_after_it()
    {
        var secondPart = new TaskCompletionSource();
        var application = Serving(async context =>
        {
            context.Response.Headers["X-Set-Before-Start"] = "early";
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["X-Set-On-Starting"] = "starting";
                return Task.CompletedTask;
            });
            await context.Response.WriteAsync("first;");
            await secondPart.Task;
            await context.Response.WriteAsync("second");
        });

        using var response = await application.SendAsync(Get(), Port, CancellationToken.None);
        var body = await response.Content.ReadAsStreamAsync();
        var first = new byte[6];
        await body.ReadExactlyAsync(first);
        secondPart.SetResult();
        using var rest = new StreamReader(body);

        Assert.Equal("early", Assert.Single(response.Headers.GetValues("X-Set-Before-Start")));
        Assert.Equal("starting", Assert.Single(response.Headers.GetValues("X-Set-On-Starting")));
        Assert.Equal("first;", Encoding.UTF8.GetString(first));
        Assert.Equal("second", await rest.ReadToEndAsync());
    }

    [Fact]
    public async Task An_exception_before_the_response_starts_is_an_empty_500_and_the_request_still_completes()
    {
        var completed = new TaskCompletionSource();
        var application = Serving(context =>
        {
            context.Response.OnCompleted(() =>
            {
                completed.SetResult();
                return Task.CompletedTask;
            });
            context.Response.Headers["X-Half-Made"] = "lost";
            throw new InvalidOperationException("broken");
        });

        using var response = await application.SendAsync(Get(), Port, CancellationToken.None);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Half-Made"));
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        await completed.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_exception_after_the_response_started_cuts_its_body_short()
    {
        var application = Serving(async context =>
        {
            await context.Response.WriteAsync("partial");
            throw new InvalidOperationException("broken halfway");
        });

        using var response = await application.SendAsync(Get(), Port, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = new StreamReader(await response.Content.ReadAsStreamAsync());
        await Assert.ThrowsAsync<IOException>(() => body.ReadToEndAsync());
    }

    [Fact]
    public async Task When_the_forwarder_gives_up_the_application_sees_the_abort_and_its_writes_do_not_wait_for_a_reader()
    {
        using var giveUp = new CancellationTokenSource();
        var aborted = new TaskCompletionSource<bool>();
        var finished = new TaskCompletionSource();
        var application = Serving(async context =>
        {
            giveUp.Cancel();
            aborted.SetResult(context.RequestAborted.IsCancellationRequested);
            // Far more than a pipe holds before its writer waits for the reader.
            await context.Response.Body.WriteAsync(new byte[1024 * 1024]);
            finished.SetResult();
        });

        var sending = application.SendAsync(Get(), Port, giveUp.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.True(await aborted.Task);
        await finished.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_body_over_the_limit_in_force_when_reading_begins_is_refused_with_413()
    {
        BadHttpRequestException? refused = null;
        var application = Serving(async context =>
        {
            context.Features.GetRequiredFeature<IHttpMaxRequestBodySizeFeature>().MaxRequestBodySize = 10;
            try
            {
                await new StreamReader(context.Request.Body).ReadToEndAsync();
            }
            catch (BadHttpRequestException tooLarge)
            {
                refused = tooLarge;
            }
            Assert.True(context.Features.GetRequiredFeature<IHttpMaxRequestBodySizeFeature>().IsReadOnly);
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{Port}/upload")
        {
            Content = new StringContent(new string('x', 11)),
        };

        using var response = await application.SendAsync(request, Port, CancellationToken.None);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, refused?.StatusCode);
    }

    [Fact]
    public async Task A_body_without_a_length_is_counted_as_it_is_read()
    {
        long? read = null;
        var application = Serving(async context =>
        {
            var total = 0L;
            var buffer = new byte[4096];
            try
            {
                int chunk;
                while ((chunk = await context.Request.Body.ReadAsync(buffer)) > 0)
                {
                    total += chunk;
                }
                read = total;
            }
            catch (BadHttpRequestException)
            {
                read = -total;
            }
        }, maxRequestBodySize: 20_000);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{Port}/upload")
        {
            Content = new StreamContent(new UnknownLength(new byte[50_000])),
        };

        using var response = await application.SendAsync(request, Port, CancellationToken.None);

        Assert.True(read < 0 && -read <= 20_000, $"read {read}");
    }

    private static HttpRequestMessage Get() => new(HttpMethod.Get, $"http://127.0.0.1:{Port}/");

    private static InProcessApplication Serving(RequestDelegate handle, long? maxRequestBodySize = 1024 * 1024)
    {
        var kestrel = new KestrelServerOptions();
        kestrel.Limits.MaxRequestBodySize = maxRequestBodySize;
        var application = new InProcessApplication(Options.Create(kestrel), NullLogger<InProcessApplication>.Instance);
        application.Serve(new DelegateApplication(handle), [$"http://127.0.0.1:{Port}"]);
        return application;
    }

    private sealed class DelegateApplication(RequestDelegate handle) : IHttpApplication<HttpContext>
    {
        public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

        public Task ProcessRequestAsync(HttpContext context) => handle(context);

        public void DisposeContext(HttpContext context, Exception? exception)
        {
        }
    }

    /// <summary>A body whose length the content cannot tell in advance, as a chunked upload's.</summary>
    private sealed class UnknownLength(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

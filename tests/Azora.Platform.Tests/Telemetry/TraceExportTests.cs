using System.Diagnostics;
using Azora.ServiceDefaults.Telemetry;
using Azora.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace Azora.Platform.Tests.Telemetry;

public sealed class TraceExportTests
{
    [Fact]
    public void Without_an_OTLP_endpoint_no_traces_are_recorded()
    {
        using var provider = TelemetryOf(new Dictionary<string, string?>());

        Assert.Null(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_spans_are_sent_to_it()
    {
        var port = FreePorts.Next();
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var collector = await StartCollectorAsync(port, received);
        using var provider = TelemetryOf(new Dictionary<string, string?>
        {
            [TelemetryDefaults.OtlpEndpointKey] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        var tracer = provider.GetRequiredService<TracerProvider>();

        using (var source = new ActivitySource("Wolverine"))
        using (source.StartActivity("handle a message"))
        {
        }
        tracer.ForceFlush();

        Assert.Equal("/v1/traces", await received.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static ServiceProvider TelemetryOf(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => services.AddAzoraTelemetry(configuration, logging));
        return services.BuildServiceProvider();
    }

    private static async Task<WebApplication> StartCollectorAsync(int port, TaskCompletionSource<string> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var collector = builder.Build();
        collector.MapPost("/v1/traces", (HttpContext context) =>
        {
            received.TrySetResult(context.Request.Path);
            return Results.Ok();
        });
        await collector.StartAsync();
        return collector;
    }
}

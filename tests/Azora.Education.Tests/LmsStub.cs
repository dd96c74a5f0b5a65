using System.Collections.Concurrent;
using Azora.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Azora.Education.Tests;

/// <summary>
/// A tiny Kestrel stand-in for azora-lms's <c>GET /api/me/enrollments</c>: it answers with the enrolments set up for the
/// bearer token it receives, and 401 for any other token, so a dashboard only shows data if the learner's own token
/// was passed on.
/// </summary>
public sealed class LmsStub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, object> _enrollmentsByToken = new(StringComparer.Ordinal);
    private WebApplication _app = null!;

    public Uri Address { get; private set; } = null!;

    public static async Task<LmsStub> StartAsync()
    {
        var stub = new LmsStub();
        var port = FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        stub._app = builder.Build();
        stub._app.MapGet("/api/me/enrollments", (HttpRequest request) =>
        {
            var token = request.Headers.Authorization.ToString();
            return stub._enrollmentsByToken.TryGetValue(token, out var items)
                ? Results.Json(new { items })
                : Results.Problem(statusCode: StatusCodes.Status401Unauthorized);
        });
        await stub._app.StartAsync();
        stub.Address = new Uri($"http://127.0.0.1:{port}/");
        return stub;
    }

    /// <summary>What azora-lms answers to <paramref name="bearerToken"/>: objects shaped like its enrolment items.</summary>
    public void Answer(string bearerToken, params object[] items) => _enrollmentsByToken[$"Bearer {bearerToken}"] = items;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

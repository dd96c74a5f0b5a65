using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Azora.Platform.Tests.RateLimiting;

public sealed class CallerRateLimitTests : IAsyncLifetime
{
    private const string ServiceId = "azora-education";
    private const int Permits = 3;
    private static readonly Uri Catalog = new("/api/catalog", UriKind.Relative);

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly TestTokens _tokens = new();
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() =>
        _platform = await TestPlatform.StartAsync(
            [ServiceId, "load-balancer"],
            new Dictionary<string, string?> { ["Azora:RateLimit:PermitsPerMinute"] = Permits.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            _clock,
            configure: _tokens.Trust);

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        _tokens.Dispose();
    }

    [Fact]
    public async Task A_caller_over_the_limit_gets_429_with_retry_after_and_a_problem()
    {
        using var anonymous = _platform.Client(ServiceId);
        await UseUpPermitsAsync(anonymous);

        using var refused = await anonymous.GetAsync(Catalog);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_limit_lifts_when_the_window_ends()
    {
        using var anonymous = _platform.Client(ServiceId);
        await UseUpPermitsAsync(anonymous);
        using (var refused = await anonymous.GetAsync(Catalog))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        _clock.Advance(TimeSpan.FromMinutes(1));

        using var admitted = await anonymous.GetAsync(Catalog);
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_is_counted_apart_from_anonymous_callers_at_the_same_address()
    {
        using var anonymous = _platform.Client(ServiceId);
        await UseUpPermitsAsync(anonymous);
        using var learner = _platform.Client(ServiceId);
        learner.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", _tokens.ForAccount(Guid.CreateVersion7(), Roles.Learner));

        await UseUpPermitsAsync(learner);
        using var refused = await learner.GetAsync(Catalog);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task A_request_through_the_gateway_counts_once_against_its_caller()
    {
        using var learner = _platform.Gateway();
        learner.BaseAddress = new Uri(learner.BaseAddress!, $"/{ServiceId}/");
        learner.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", _tokens.ForAccount(Guid.CreateVersion7(), Roles.Learner));
        var catalog = new Uri("api/catalog", UriKind.Relative);

        for (var i = 0; i < Permits; i++)
        {
            using var admitted = await learner.GetAsync(catalog);
            Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        }
        using var refused = await learner.GetAsync(catalog);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Health_probes_are_not_counted()
    {
        using var anonymous = _platform.Client(ServiceId);
        for (var i = 0; i < Permits + 2; i++)
        {
            using var ready = await anonymous.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        using var search = await anonymous.GetAsync(Catalog);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    private static async Task UseUpPermitsAsync(HttpClient client)
    {
        for (var i = 0; i < Permits; i++)
        {
            using var response = await client.GetAsync(Catalog);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Azora.Pricing.Tests.Api;

/// <summary>
/// azora-pricing on the real host, on a test clock, trusting <see cref="TestTokens"/>, with a ZAR book (VAT-inclusive,
/// regional prices with a 40% floor rounded to whole rands) and a EUR book (VAT-exclusive, no regional prices).
/// </summary>
public sealed class PricingHost : IAsyncDisposable
{
    public const string ServiceId = "azora-pricing";

    private PricingHost(TestPlatform platform, FakeTimeProvider clock, TestTokens tokens)
    {
        Platform = platform;
        Clock = clock;
        Tokens = tokens;
    }

    public TestPlatform Platform { get; }
    public FakeTimeProvider Clock { get; }
    public TestTokens Tokens { get; }
    public Guid ZarBook { get; private set; }
    public Guid EurBook { get; private set; }

    public static async Task<PricingHost> StartAsync(DateTimeOffset? start = null, IDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(start ?? TimeProvider.System.GetUtcNow());
        var tokens = new TestTokens();
        var platform = await TestPlatform.StartAsync([ServiceId], settings, clock, configure: tokens.Trust);
        var host = new PricingHost(platform, clock, tokens);
        using var admin = host.Admin();
        host.ZarBook = await host.CreateBookAsync(admin, new { name = "South Africa", currency = "ZAR", taxInclusive = true, regionalPricing = true, floorBasisPoints = 4000, rounding = "whole" });
        host.EurBook = await host.CreateBookAsync(admin, new { name = "Europe", currency = "EUR", baseCountry = "DE", taxInclusive = false });
        return host;
    }

    public HttpClient Anonymous() => Platform.Client(ServiceId);

    public HttpClient AsAccount(Guid accountId, params string[] roles) => WithToken(Tokens.ForAccount(accountId, roles));

    public HttpClient Admin() => AsAccount(Guid.CreateVersion7(), Roles.PlatformAdmin);

    public HttpClient AsService(string clientId, params string[] scopes) => WithToken(Tokens.ForClient(clientId, scopes));

    private HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<Guid> CreateBookAsync(HttpClient admin, object book) =>
        (await CreatedAsync(await admin.PostAsJsonAsync("/api/price-books", book))).GetProperty("id").GetGuid();

    /// <summary>Prices a new product in a book and returns its id.</summary>
    public async Task<Guid> PriceAsync(HttpClient seller, Guid book, long unitAmount, string kind = "course", string name = "A course")
    {
        var productId = Guid.CreateVersion7();
        await CreatedAsync(await seller.PutAsJsonAsync($"/api/price-books/{book}/prices/{productId}", new { kind, name, unitAmount }));
        return productId;
    }

    public async Task<Guid> PlanAsync(HttpClient admin, Guid book, long amount, string interval = "month", int intervalCount = 1)
    {
        var code = $"plan-{Guid.NewGuid():N}";
        var plan = await CreatedAsync(await admin.PostAsJsonAsync($"/api/price-books/{book}/plans", new { code, name = code, interval, intervalCount, amount }));
        return plan.GetProperty("id").GetGuid();
    }

    public static async Task<string> CouponAsync(HttpClient admin, object terms)
    {
        var coupon = await CreatedAsync(await admin.PostAsJsonAsync("/api/coupons", terms));
        return coupon.GetProperty("code").GetString()!;
    }

    public static string NewCode() => "C" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await Platform.DisposeAsync();
        Tokens.Dispose();
    }
}

/// <summary>One host for the tests that do not move the clock far, started at the real time.</summary>
public sealed class PricingFixture : IAsyncLifetime
{
    public PricingHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await PricingHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PricingCollection : ICollectionFixture<PricingFixture>
{
    public const string Name = "azora-pricing";
}

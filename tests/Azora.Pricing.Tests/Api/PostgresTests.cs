using System.Net.Http.Json;
using Azora.Testing.Postgres;
using static Azora.Pricing.Tests.Api.PricingHost;

namespace Azora.Pricing.Tests.Api;

/// <summary>The same pricing on PostgreSQL, where azora-pricing runs when the platform is split.</summary>
[Collection(PostgresFixture.Collection)]
public sealed class PostgresTests(PostgresFixture postgres)
{
    private async Task<PricingHost> StartAsync(DateTimeOffset? start = null) =>
        await PricingHost.StartAsync(start, new Dictionary<string, string?>
        {
            ["Azora:Database"] = "Postgres",
            ["ConnectionStrings:Postgres"] = await postgres.Server.CreateDatabaseAsync(),
        });

    [Fact]
    public async Task Concurrent_checkouts_never_redeem_a_coupon_past_its_limit_on_postgresql()
    {
        await using var host = await StartAsync();

        await RedemptionLimits.GlobalLimitHoldsAsync(host, checkouts: 20, limit: 5);
    }

    [Fact]
    public async Task Quotes_and_a_prorated_upgrade_work_on_postgresql()
    {
        await using var host = await StartAsync(new DateTimeOffset(2025, 1, 31, 0, 0, 0, TimeSpan.Zero));
        using var admin = host.Admin();
        var item = await host.PriceAsync(admin, host.EurBook, 10_000, kind: "item");
        var basic = await host.PlanAsync(admin, host.ZarBook, 10_000);
        var pro = await host.PlanAsync(admin, host.ZarBook, 20_000);
        using var customer = host.AsAccount(Guid.CreateVersion7());

        var quote = await CreatedAsync(await customer.PostAsJsonAsync("/api/quotes", new { currency = "EUR", country = "IT", lines = new[] { new { productId = item, quantity = 3 } } }));
        var read = await OkAsync(await customer.GetAsync($"/api/quotes/{quote.GetProperty("id").GetGuid()}"));
        var id = (await CreatedAsync(await customer.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", planId = basic }))).GetProperty("id").GetGuid();
        host.Clock.SetUtcNow(new DateTimeOffset(2025, 2, 14, 0, 0, 0, TimeSpan.Zero));
        var upgraded = await OkAsync(await customer.PostAsJsonAsync($"/api/subscriptions/{id}/plan", new { planId = pro }));

        Assert.Equal(36_600, read.GetProperty("total").GetInt64());
        Assert.Equal(22m, read.GetProperty("tax").GetProperty("ratePercent").GetDecimal());
        Assert.Equal([-5_000L, 10_000L], upgraded.GetProperty("newCharges").EnumerateArray().Select(c => c.GetProperty("amount").GetInt64()));
    }
}

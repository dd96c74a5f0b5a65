using System.Net;
using System.Net.Http.Json;
using Azora.Testing;
using static Azora.Pricing.Tests.Api.PricingHost;

namespace Azora.Pricing.Tests.Api;

/// <summary>Coupon redemption limits hold when checkouts race, on SQLite (here) and PostgreSQL (<see cref="PostgresTests"/>).</summary>
[Collection(PricingCollection.Name)]
public sealed class CouponRedemptionTests(PricingFixture fixture)
{
    private PricingHost Host => fixture.Host;

    [Fact]
    public async Task Twenty_concurrent_checkouts_of_a_coupon_limited_to_five_redeem_it_exactly_five_times()
    {
        await RedemptionLimits.GlobalLimitHoldsAsync(Host, checkouts: 20, limit: 5);
    }

    [Fact]
    public async Task One_customers_concurrent_checkouts_redeem_a_coupon_only_as_often_as_they_may()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 10_000);
        var code = await CouponAsync(admin, new { code = NewCode(), percentOff = 10, duration = "once", maxRedemptionsPerCustomer = 2 });
        using var buyer = Host.AsAccount(Guid.CreateVersion7());
        var quotes = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            var quote = await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", couponCode = code, lines = new[] { new { productId = course } } }));
            quotes.Add(quote.GetProperty("id").GetGuid());
        }

        var responses = await Task.WhenAll(quotes.Select(id => buyer.PostAsync($"/api/quotes/{id}/accept", null)));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var another = await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", couponCode = code, lines = new[] { new { productId = course } } });
        await Problems.AssertFieldErrorAsync(another, "couponCode");
        using var someoneElse = Host.AsAccount(Guid.CreateVersion7());
        await CreatedAsync(await someoneElse.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", couponCode = code, lines = new[] { new { productId = course } } }));
    }

    [Fact]
    public async Task An_expired_coupon_is_refused_when_quoting_and_at_checkout()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 10_000);
        var code = await CouponAsync(admin, new { code = NewCode(), percentOff = 10, duration = "once", expiresAt = Host.Clock.GetUtcNow().AddHours(1) });
        using var buyer = Host.AsAccount(Guid.CreateVersion7());
        var quote = await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", couponCode = code, lines = new[] { new { productId = course } } }));

        Host.Clock.Advance(TimeSpan.FromHours(2));
        var checkout = await buyer.PostAsync($"/api/quotes/{quote.GetProperty("id").GetGuid()}/accept", null);
        var requote = await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", couponCode = code, lines = new[] { new { productId = course } } });

        await Problems.AssertFieldErrorAsync(checkout, "couponCode", HttpStatusCode.Conflict);
        await Problems.AssertFieldErrorAsync(requote, "couponCode");
    }

    [Fact]
    public async Task An_archived_coupon_is_refused()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 10_000);
        var coupon = await CreatedAsync(await admin.PostAsJsonAsync("/api/coupons", new { code = NewCode(), percentOff = 10, duration = "forever" }));
        await OkAsync(await admin.PostAsync($"/api/coupons/{coupon.GetProperty("id").GetGuid()}/archive", null));
        using var buyer = Host.AsAccount(Guid.CreateVersion7());

        var quote = await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", couponCode = coupon.GetProperty("code").GetString(), lines = new[] { new { productId = course } } });

        await Problems.AssertFieldErrorAsync(quote, "couponCode");
    }
}

/// <summary>The race shared by the SQLite and PostgreSQL lanes.</summary>
internal static class RedemptionLimits
{
    public static async Task GlobalLimitHoldsAsync(PricingHost host, int checkouts, int limit)
    {
        using var admin = host.Admin();
        var course = await host.PriceAsync(admin, host.ZarBook, 10_000);
        var coupon = await CreatedAsync(await admin.PostAsJsonAsync("/api/coupons", new { code = NewCode(), amountsOff = new[] { new { currency = "ZAR", amount = 1_000 } }, duration = "once", maxRedemptions = limit }));
        var code = coupon.GetProperty("code").GetString();
        var buyers = Enumerable.Range(0, checkouts).Select(_ => host.AsAccount(Guid.CreateVersion7())).ToList();
        var quotes = new List<(HttpClient Buyer, Guid Quote)>();
        foreach (var buyer in buyers)
        {
            var quote = await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", couponCode = code, lines = new[] { new { productId = course } } }));
            Assert.Equal(1_000, quote.GetProperty("discount").GetInt64());
            quotes.Add((buyer, quote.GetProperty("id").GetGuid()));
        }

        var responses = await Task.WhenAll(quotes.Select(q => q.Buyer.PostAsync($"/api/quotes/{q.Quote}/accept", null)));
        var retries = await Task.WhenAll(quotes.Select(q => q.Buyer.PostAsync($"/api/quotes/{q.Quote}/accept", null)));

        Assert.Equal(limit, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(limit, retries.Count(r => r.StatusCode == HttpStatusCode.OK));
        var read = await OkAsync(await admin.GetAsync($"/api/coupons/{coupon.GetProperty("id").GetGuid()}"));
        Assert.Equal(limit, read.GetProperty("timesRedeemed").GetInt32());
        buyers.ForEach(b => b.Dispose());
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Pricing.Data;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Azora.Pricing.Tests.Api.PricingHost;

namespace Azora.Pricing.Tests.Api;

/// <summary>
/// A quote or a subscription carries no id of the client's own, so its Idempotency-Key is what names it. When the process
/// running such a request dies after the record committed and before the key's response was stored, the key's claim is
/// abandoned and the same request again takes it over and runs the handler a second time: that run finds the quote or
/// subscription the first one made and answers with it, instead of making (and, for a subscription, charging) another.
/// </summary>
public sealed class IdempotencyTakeoverTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2024, 1, 31, 10, 0, 0, TimeSpan.Zero);
    private PricingHost _host = null!;

    public async Task InitializeAsync() => _host = await PricingHost.StartAsync(Start);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<T> QueryAsync<T>(Func<PricingDbContext, Task<T>> query)
    {
        await using var scope = _host.Platform.App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PricingDbContext>());
    }

    private static HttpRequestMessage Post(string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task A_subscription_started_before_its_process_died_is_answered_by_the_takeover_and_not_charged_again()
    {
        using var admin = _host.Admin();
        var plan = await _host.PlanAsync(admin, _host.ZarBook, 10_000);
        var coupon = await CreatedAsync(await admin.PostAsJsonAsync("/api/coupons",
            new { code = NewCode(), percentOff = 10, duration = "once", maxRedemptionsPerCustomer = 1 }));
        var customerId = Guid.CreateVersion7();
        using var customer = _host.AsAccount(customerId);
        var key = Guid.NewGuid().ToString();
        var body = new { country = "ZA", planId = plan, couponCode = coupon.GetProperty("code").GetString() };
        var first = await CreatedAsync(await customer.SendAsync(Post("/api/subscriptions", body, key)));
        await IdempotencyClaims.AbandonAsync<PricingDbContext>(_host.Platform, key, _host.Clock);

        var takenOver = await CreatedAsync(await customer.SendAsync(Post("/api/subscriptions", body, key)));

        Assert.Equal(first.GetProperty("id").GetGuid(), takenOver.GetProperty("id").GetGuid());
        Assert.Equal(first.GetProperty("newCharges").ToString(), takenOver.GetProperty("newCharges").ToString());
        Assert.Equal(first.GetProperty("currentPeriodAmount").GetInt64(), takenOver.GetProperty("currentPeriodAmount").GetInt64());
        Assert.Single((await OkAsync(await customer.GetAsync("/api/subscriptions"))).GetProperty("items").EnumerateArray());
        Assert.Equal(first.GetProperty("newCharges").GetArrayLength(), await QueryAsync(db => db.SubscriptionCharges.CountAsync()));
        var read = await OkAsync(await admin.GetAsync($"/api/coupons/{coupon.GetProperty("id").GetGuid()}"));
        Assert.Equal(1, read.GetProperty("timesRedeemed").GetInt32());
    }

    [Fact]
    public async Task A_quote_made_before_its_process_died_is_answered_by_the_takeover_and_not_made_again()
    {
        using var admin = _host.Admin();
        var course = await _host.PriceAsync(admin, _host.ZarBook, 11_500);
        using var buyer = _host.AsAccount(Guid.CreateVersion7(), Roles.Learner);
        var key = Guid.NewGuid().ToString();
        var body = new { currency = "ZAR", country = "ZA", lines = new[] { new { productId = course, quantity = 2 } } };
        var first = await CreatedAsync(await buyer.SendAsync(Post("/api/quotes", body, key)));
        await IdempotencyClaims.AbandonAsync<PricingDbContext>(_host.Platform, key, _host.Clock);

        var takenOver = await CreatedAsync(await buyer.SendAsync(Post("/api/quotes", body, key)));
        var anotherKey = await CreatedAsync(await buyer.SendAsync(Post("/api/quotes", body, Guid.NewGuid().ToString())));

        Assert.Equal(first.GetProperty("id").GetGuid(), takenOver.GetProperty("id").GetGuid());
        Assert.Equal(first.GetProperty("lines").ToString(), takenOver.GetProperty("lines").ToString());
        Assert.Equal(first.GetProperty("expiresAt").GetDateTimeOffset(), takenOver.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.NotEqual(first.GetProperty("id").GetGuid(), anotherKey.GetProperty("id").GetGuid());
        Assert.Equal(2, await QueryAsync(db => db.Quotes.CountAsync()));
    }
}

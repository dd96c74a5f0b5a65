using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.ServiceDefaults.Idempotency;
using Azora.Testing;
using static Azora.Pricing.Tests.Api.PricingHost;

namespace Azora.Pricing.Tests.Api;

/// <summary>Subscriptions through the API on a clock that starts on 31 January 2024, a leap year.</summary>
public sealed class SubscriptionApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2024, 1, 31, 10, 0, 0, TimeSpan.Zero);
    private PricingHost _host = null!;

    public async Task InitializeAsync() => _host = await PricingHost.StartAsync(Start);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static IEnumerable<(string Kind, long Amount)> Charges(JsonElement subscription) =>
        subscription.GetProperty("newCharges").EnumerateArray().Select(c => (c.GetProperty("kind").GetString()!, c.GetProperty("amount").GetInt64()));

    [Fact]
    public async Task Upgrade_now_with_proration_downgrade_and_cancel_at_period_end_across_a_leap_february()
    {
        using var admin = _host.Admin();
        var basic = await _host.PlanAsync(admin, _host.ZarBook, 10_000);
        var pro = await _host.PlanAsync(admin, _host.ZarBook, 20_000);
        using var customer = _host.AsAccount(Guid.CreateVersion7());

        var started = await CreatedAsync(await customer.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", planId = basic }));
        var id = started.GetProperty("id").GetGuid();
        Assert.Equal([("period", 10_000L)], Charges(started));
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.Zero), started.GetProperty("currentPeriodEnd").GetDateTimeOffset());

        // 15 Feb 10:00: 14 of the period's 29 days are left.
        _host.Clock.SetUtcNow(new DateTimeOffset(2024, 2, 15, 10, 0, 0, TimeSpan.Zero));
        var upgraded = await OkAsync(await customer.PostAsJsonAsync($"/api/subscriptions/{id}/plan", new { planId = pro }));
        Assert.Equal([("proration-credit", -4_828L), ("proration-charge", 9_655L)], Charges(upgraded));

        var downgraded = await OkAsync(await customer.PostAsJsonAsync($"/api/subscriptions/{id}/plan", new { planId = basic }));
        Assert.Empty(Charges(downgraded));
        Assert.Equal(basic, downgraded.GetProperty("scheduledPlanId").GetGuid());

        _host.Clock.SetUtcNow(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var renewed = await OkAsync(await customer.GetAsync($"/api/subscriptions/{id}"));
        Assert.Equal([("period", 10_000L)], Charges(renewed));
        Assert.Equal((basic, new DateTimeOffset(2024, 3, 31, 10, 0, 0, TimeSpan.Zero)), (renewed.GetProperty("planId").GetGuid(), renewed.GetProperty("currentPeriodEnd").GetDateTimeOffset()));

        await OkAsync(await customer.PostAsync($"/api/subscriptions/{id}/cancel", null));
        _host.Clock.SetUtcNow(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));
        var ended = await OkAsync(await customer.GetAsync($"/api/subscriptions/{id}"));
        Assert.Equal(("canceled", new DateTimeOffset(2024, 3, 31, 10, 0, 0, TimeSpan.Zero)), (ended.GetProperty("status").GetString(), ended.GetProperty("endedAt").GetDateTimeOffset()));
        await Problems.AssertProblemAsync(await customer.PostAsJsonAsync($"/api/subscriptions/{id}/plan", new { planId = pro }), HttpStatusCode.Conflict);

        var charges = await OkAsync(await customer.GetAsync($"/api/subscriptions/{id}/charges"));
        Assert.Equal([10_000L, -4_828, 9_655, 10_000], charges.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("amount").GetInt64()));
    }

    [Fact]
    public async Task A_repeating_coupon_discounts_two_periods_and_is_redeemed_once()
    {
        using var admin = _host.Admin();
        var plan = await _host.PlanAsync(admin, _host.ZarBook, 10_000);
        var coupon = await CreatedAsync(await admin.PostAsJsonAsync("/api/coupons", new { code = NewCode(), percentOff = 20, duration = "repeating", durationPeriods = 2, appliesTo = new[] { plan } }));
        using var customer = _host.AsAccount(Guid.CreateVersion7());

        var started = await CreatedAsync(await customer.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", planId = plan, couponCode = coupon.GetProperty("code").GetString() }));
        _host.Clock.SetUtcNow(new DateTimeOffset(2024, 4, 30, 10, 0, 0, TimeSpan.Zero));
        var charges = await OkAsync(await customer.GetAsync($"/api/subscriptions/{started.GetProperty("id").GetGuid()}/charges"));

        Assert.Equal(
            [10_000L, -2_000, 10_000, -2_000, 10_000, 10_000],
            charges.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("amount").GetInt64()));
        Assert.Equal(1, (await OkAsync(await admin.GetAsync($"/api/coupons/{coupon.GetProperty("id").GetGuid()}"))).GetProperty("timesRedeemed").GetInt32());
    }

    [Fact]
    public async Task A_retried_subscription_request_with_the_same_idempotency_key_subscribes_once()
    {
        using var admin = _host.Admin();
        var plan = await _host.PlanAsync(admin, _host.ZarBook, 10_000);
        using var customer = _host.AsAccount(Guid.CreateVersion7());
        customer.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var first = await CreatedAsync(await customer.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", planId = plan }));
        var retry = await customer.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", planId = plan });
        var other = await customer.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", planId = await _host.PlanAsync(admin, _host.ZarBook, 20_000) });

        Assert.Equal(first.GetProperty("id").GetGuid(), (await CreatedAsync(retry)).GetProperty("id").GetGuid());
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotency-Replayed")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Single((await OkAsync(await customer.GetAsync("/api/subscriptions"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_customer_abroad_is_billed_the_plans_purchasing_power_price_there_and_upgrades_at_it()
    {
        using var admin = _host.Admin();
        var basic = await _host.PlanAsync(admin, _host.ZarBook, 100_000);
        var pro = await _host.PlanAsync(admin, _host.ZarBook, 200_000);
        using var customer = _host.AsAccount(Guid.CreateVersion7());

        var started = await CreatedAsync(await customer.PostAsJsonAsync("/api/subscriptions", new { country = "KE", planId = basic }));
        _host.Clock.SetUtcNow(new DateTimeOffset(2024, 2, 14, 22, 0, 0, TimeSpan.Zero));
        var upgraded = await OkAsync(await customer.PostAsJsonAsync($"/api/subscriptions/{started.GetProperty("id").GetGuid()}/plan", new { planId = pro }));

        // Kenya 0.38 against South Africa 0.43, rounded to whole rands: R884 and R1 767 a month; half the period is left.
        Assert.Equal([("period", 88_400L)], Charges(started));
        Assert.Equal([("proration-credit", -44_200L), ("proration-charge", 88_350L)], Charges(upgraded));
        Assert.Equal(176_700, upgraded.GetProperty("planAmount").GetInt64());
    }

    [Fact]
    public async Task A_service_subscribes_the_customer_it_names_and_must_name_one()
    {
        using var admin = _host.Admin();
        var plan = await _host.PlanAsync(admin, _host.ZarBook, 10_000);
        var customer = Guid.CreateVersion7();
        using var forge = _host.AsService("forge", PricingService.CustomerScope);

        var started = await CreatedAsync(await forge.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", planId = plan, customerId = customer }));
        var unnamed = await forge.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", planId = plan });

        Assert.Equal(customer, started.GetProperty("customerId").GetGuid());
        await Problems.AssertFieldErrorAsync(unnamed, "customerId");
        await Problems.AssertFieldErrorAsync(await forge.PostAsJsonAsync("/api/subscriptions", new { country = "Kenya", planId = plan, customerId = customer }), "country");
    }

    [Fact]
    public async Task A_customer_sees_only_their_own_subscriptions()
    {
        using var admin = _host.Admin();
        var plan = await _host.PlanAsync(admin, _host.ZarBook, 10_000);
        using var alice = _host.AsAccount(Guid.CreateVersion7());
        using var bob = _host.AsAccount(Guid.CreateVersion7());
        var id = (await CreatedAsync(await alice.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", planId = plan }))).GetProperty("id").GetGuid();

        await Problems.AssertProblemAsync(await bob.GetAsync($"/api/subscriptions/{id}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await bob.PostAsync($"/api/subscriptions/{id}/cancel", null), HttpStatusCode.NotFound);
        Assert.Empty((await OkAsync(await bob.GetAsync("/api/subscriptions"))).GetProperty("items").EnumerateArray());
        Assert.Single((await OkAsync(await alice.GetAsync("/api/subscriptions"))).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await alice.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", planId = plan, customerId = Guid.CreateVersion7() })).StatusCode);
    }

    [Fact]
    public async Task Changing_to_a_plan_in_another_currency_or_an_unknown_plan_is_refused_naming_the_plan()
    {
        using var admin = _host.Admin();
        var rands = await _host.PlanAsync(admin, _host.ZarBook, 10_000);
        var euros = await _host.PlanAsync(admin, _host.EurBook, 1_000);
        using var customer = _host.AsAccount(Guid.CreateVersion7());
        var id = (await CreatedAsync(await customer.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", planId = rands }))).GetProperty("id").GetGuid();

        await Problems.AssertFieldErrorAsync(await customer.PostAsJsonAsync($"/api/subscriptions/{id}/plan", new { planId = euros }), "planId", HttpStatusCode.UnprocessableEntity);
        await Problems.AssertFieldErrorAsync(await customer.PostAsJsonAsync($"/api/subscriptions/{id}/plan", new { planId = Guid.CreateVersion7() }), "planId");
        await Problems.AssertFieldErrorAsync(await customer.PostAsJsonAsync("/api/subscriptions", new { country = "ZA", }), "planId");
        Assert.Equal(rands, (await OkAsync(await customer.GetAsync($"/api/subscriptions/{id}"))).GetProperty("planId").GetGuid());
    }

    [Fact]
    public async Task Subscriptions_list_in_the_order_they_started_even_one_named_by_its_idempotency_key()
    {
        using var admin = _host.Admin();
        var plan = await _host.PlanAsync(admin, _host.ZarBook, 10_000);
        var customerId = Guid.CreateVersion7();
        using var customer = _host.AsAccount(customerId);
        // A key whose derived id sorts after every time-ordered (version 7) id of this era, so paging by id would put it last.
        var key = Enumerable.Range(0, 1000).Select(n => $"key-{n}")
            .First(k => new IdempotentRequest(customerId.ToString(), k).IdFor("azora-pricing.subscription").ToByteArray(bigEndian: true)[0] >= 0x02);

        var started = new List<Guid>();
        foreach (var underKey in new[] { false, true, false })
        {
            _host.Clock.Advance(TimeSpan.FromMinutes(1));
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/subscriptions") { Content = JsonContent.Create(new { country = "ZA", planId = plan }) };
            if (underKey)
            {
                request.Headers.Add("Idempotency-Key", key);
            }
            started.Add((await CreatedAsync(await customer.SendAsync(request))).GetProperty("id").GetGuid());
        }

        var listed = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await OkAsync(await customer.GetAsync("/api/subscriptions?limit=1" + (cursor is null ? "" : $"&cursor={cursor}")));
            listed.AddRange(page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(started, listed);
    }
}

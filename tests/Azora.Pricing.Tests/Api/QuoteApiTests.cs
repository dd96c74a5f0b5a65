using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Contracts.Pricing;
using Azora.Testing;
using static Azora.Pricing.Tests.Api.PricingHost;

namespace Azora.Pricing.Tests.Api;

[Collection(PricingCollection.Name)]
public sealed class QuoteApiTests(PricingFixture fixture)
{
    private PricingHost Host => fixture.Host;

    private static JsonElement Line(JsonElement quote, int index) => quote.GetProperty("lines")[index];

    [Fact]
    public async Task A_south_african_buyer_pays_the_inclusive_price_with_15_percent_vat_inside_it()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 11_500);
        using var buyer = Host.AsAccount(Guid.CreateVersion7(), Roles.Learner);

        var quote = await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", lines = new[] { new { productId = course, quantity = 2 } } }));

        Assert.Equal((23_000L, 20_000L, 3_000L, 23_000L), (
            Line(quote, 0).GetProperty("subtotal").GetInt64(), Line(quote, 0).GetProperty("net").GetInt64(),
            Line(quote, 0).GetProperty("tax").GetInt64(), Line(quote, 0).GetProperty("gross").GetInt64()));
        Assert.Equal(23_000, quote.GetProperty("total").GetInt64());
        Assert.Equal(3_000, quote.GetProperty("taxTotal").GetInt64());
        Assert.Equal("standard", quote.GetProperty("tax").GetProperty("treatment").GetString());
    }

    [Fact]
    public async Task A_buyer_elsewhere_gets_the_purchasing_power_price_with_the_ratio_and_its_year()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 100_000);
        using var buyer = Host.AsAccount(Guid.CreateVersion7());

        var kenya = await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "KE", lines = new[] { new { productId = course } } }));
        var unknown = await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "AQ", lines = new[] { new { productId = course } } }));

        // R1 000 × 0.38 / 0.43 = R883.72, rounded to whole rands; Kenya is outside SA and EU VAT.
        Assert.Equal(88_400, Line(kenya, 0).GetProperty("unitAmount").GetInt64());
        Assert.Equal(0.38m, Line(kenya, 0).GetProperty("regional").GetProperty("priceLevelRatio").GetDecimal());
        Assert.Equal(2022, Line(kenya, 0).GetProperty("regional").GetProperty("priceLevelYear").GetInt32());
        Assert.Equal("PA.NUS.PPPC.RF", Line(kenya, 0).GetProperty("regional").GetProperty("indicator").GetString());
        Assert.Equal("out-of-scope", kenya.GetProperty("tax").GetProperty("treatment").GetString());
        Assert.Equal(100_000, Line(unknown, 0).GetProperty("unitAmount").GetInt64());
        Assert.Contains("No price level ratio", Line(unknown, 0).GetProperty("regional").GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_eu_business_with_a_valid_vat_number_is_reverse_charged_and_a_consumer_pays_its_countrys_vat()
    {
        using var admin = Host.Admin();
        var item = await Host.PriceAsync(admin, Host.EurBook, 10_000, kind: "item");
        using var buyer = Host.AsAccount(Guid.CreateVersion7());

        var business = await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "EUR", country = "FR", buyerVatNumber = "FR 12 345678901", lines = new[] { new { productId = item } } }));
        var consumer = await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "EUR", country = "FR", lines = new[] { new { productId = item } } }));
        var domestic = await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "EUR", country = "DE", buyerVatNumber = "DE123456789", lines = new[] { new { productId = item } } }));

        Assert.Equal(("reverse-charge", 10_000L, 0L), (business.GetProperty("tax").GetProperty("treatment").GetString(), business.GetProperty("total").GetInt64(), business.GetProperty("taxTotal").GetInt64()));
        Assert.Equal("FR12345678901", business.GetProperty("tax").GetProperty("buyerVatNumber").GetString());
        Assert.Equal((12_000L, 2_000L), (consumer.GetProperty("total").GetInt64(), consumer.GetProperty("taxTotal").GetInt64()));
        Assert.Equal((11_900L, "standard"), (domestic.GetProperty("total").GetInt64(), domestic.GetProperty("tax").GetProperty("treatment").GetString()));
    }

    [Fact]
    public async Task A_percentage_coupon_restricted_to_one_product_discounts_only_that_line()
    {
        using var admin = Host.Admin();
        var discounted = await Host.PriceAsync(admin, Host.EurBook, 10_000);
        var other = await Host.PriceAsync(admin, Host.EurBook, 5_000);
        var code = await CouponAsync(admin, new { code = NewCode(), percentOff = 12.5m, duration = "once", appliesTo = new[] { discounted } });
        using var buyer = Host.AsAccount(Guid.CreateVersion7());

        var quote = await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new
        {
            currency = "EUR", country = "DE", couponCode = code.ToLowerInvariant(),
            lines = new object[] { new { productId = discounted }, new { productId = other } },
        }));

        Assert.Equal(1_250, Line(quote, 0).GetProperty("discount").GetInt64());
        Assert.Equal(0, Line(quote, 1).GetProperty("discount").GetInt64());
        // (100 − 12.50) × 1.19 + 50 × 1.19 = 104.13 (104.125 rounded half away from zero) + 59.50.
        Assert.Equal(10_413, Line(quote, 0).GetProperty("gross").GetInt64());
        Assert.Equal(16_363, quote.GetProperty("total").GetInt64());
        Assert.Equal(quote.GetProperty("subtotal").GetInt64() - quote.GetProperty("discount").GetInt64() + quote.GetProperty("taxTotal").GetInt64(), quote.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_plan_line_is_quoted_at_its_first_periods_price()
    {
        using var admin = Host.Admin();
        var plan = await Host.PlanAsync(admin, Host.ZarBook, 19_900);
        using var buyer = Host.AsAccount(Guid.CreateVersion7());

        var quote = await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", lines = new[] { new { planId = plan } } }));

        Assert.Equal(("plan", 19_900L), (Line(quote, 0).GetProperty("kind").GetString(), quote.GetProperty("total").GetInt64()));
    }

    [Fact]
    public async Task Only_whoever_asked_for_a_quote_reads_it()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 1_000);
        using var alice = Host.AsAccount(Guid.CreateVersion7());
        using var bob = Host.AsAccount(Guid.CreateVersion7());
        var id = (await CreatedAsync(await alice.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", lines = new[] { new { productId = course } } }))).GetProperty("id").GetGuid();

        var own = await OkAsync(await alice.GetAsync($"/api/quotes/{id}"));

        Assert.Equal(id, own.GetProperty("id").GetGuid());
        await Problems.AssertProblemAsync(await bob.GetAsync($"/api/quotes/{id}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await bob.PostAsync($"/api/quotes/{id}/accept", null), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await alice.GetAsync($"/api/quotes/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_service_with_the_customer_scope_quotes_for_a_customer_and_a_bare_client_token_is_refused()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 1_000);
        var customer = Guid.CreateVersion7();
        using var lms = Host.AsService("azora-lms", PricingService.CustomerScope);
        using var stranger = Host.AsService("other-client");
        var request = new { currency = "ZAR", country = "ZA", customerId = customer, lines = new[] { new { productId = course } } };

        var quote = await CreatedAsync(await lms.PostAsJsonAsync("/api/quotes", request));
        var refused = await stranger.PostAsJsonAsync("/api/quotes", request);

        Assert.Equal(customer, quote.GetProperty("customerId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await lms.GetAsync($"/api/quotes/{quote.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_person_cannot_quote_for_someone_else()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 1_000);
        using var alice = Host.AsAccount(Guid.CreateVersion7());

        var response = await alice.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", customerId = Guid.CreateVersion7(), lines = new[] { new { productId = course } } });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_accepted_quote_is_accepted_once_and_an_expired_one_not_at_all()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 1_000);
        using var buyer = Host.AsAccount(Guid.CreateVersion7());
        var first = (await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", lines = new[] { new { productId = course } } }))).GetProperty("id").GetGuid();
        var second = (await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", lines = new[] { new { productId = course } } }))).GetProperty("id").GetGuid();

        var accepted = await OkAsync(await buyer.PostAsync($"/api/quotes/{first}/accept", null));
        Host.Clock.Advance(TimeSpan.FromHours(25));
        var again = await OkAsync(await buyer.PostAsync($"/api/quotes/{first}/accept", null));
        var expired = await buyer.PostAsync($"/api/quotes/{second}/accept", null);

        Assert.Equal(accepted.GetProperty("acceptedAt").GetDateTimeOffset(), again.GetProperty("acceptedAt").GetDateTimeOffset());
        await Problems.AssertProblemAsync(expired, HttpStatusCode.Conflict);
        Assert.Equal(JsonValueKind.Null, (await OkAsync(await buyer.GetAsync($"/api/quotes/{second}"))).GetProperty("acceptedAt").ValueKind);
    }

    [Fact]
    public async Task Checking_out_announces_the_accepted_quote_once()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 11_500);
        var customer = Guid.CreateVersion7();
        using var buyer = Host.AsAccount(customer);
        var id = (await CreatedAsync(await buyer.PostAsJsonAsync("/api/quotes", new { currency = "ZAR", country = "ZA", lines = new[] { new { productId = course, quantity = 2 } } }))).GetProperty("id").GetGuid();

        var first = await PublishedEvents.DuringAsync<QuoteAccepted>(Host.Platform, async () => await OkAsync(await buyer.PostAsync($"/api/quotes/{id}/accept", null)));
        var again = await PublishedEvents.DuringAsync<QuoteAccepted>(Host.Platform, async () => await OkAsync(await buyer.PostAsync($"/api/quotes/{id}/accept", null)));

        var accepted = Assert.Single(first);
        Assert.Equal((id, customer, "ZAR", 23_000L, 3_000L), (accepted.QuoteId, accepted.CustomerId!.Value, accepted.Currency, accepted.Total, accepted.Tax));
        Assert.Equal((course, 2), (Assert.Single(accepted.Lines).ReferenceId, accepted.Lines[0].Quantity));
        Assert.Empty(again);
    }
}

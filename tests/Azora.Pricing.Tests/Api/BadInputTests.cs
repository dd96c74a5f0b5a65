using System.Net;
using System.Net.Http.Json;
using System.Text;
using Azora.Pricing.Data;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Azora.Pricing.Tests.Api.PricingHost;

namespace Azora.Pricing.Tests.Api;

/// <summary>Refused requests answer 4xx problem details naming the field, and change nothing.</summary>
[Collection(PricingCollection.Name)]
public sealed class BadInputTests(PricingFixture fixture)
{
    private PricingHost Host => fixture.Host;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("""{"kind":"course","name":"x","unitAmount":-1}""", "unitAmount")]
    [InlineData("""{"kind":"course","name":"x","unitAmount":10.5}""", "unitAmount")]
    [InlineData("""{"kind":"course","name":"x","unitAmount":"ten"}""", "unitAmount")]
    [InlineData("""{"kind":"course","name":"x"}""", "unitAmount")]
    [InlineData("""{"kind":"course","name":"x","unitAmount":1000000000001}""", "unitAmount")]
    [InlineData("""{"kind":"book","name":"x","unitAmount":100}""", "kind")]
    [InlineData("""{"kind":"course","name":"  ","unitAmount":100}""", "name")]
    public async Task A_bad_price_is_refused_naming_the_field_and_nothing_is_priced(string json, string field)
    {
        using var admin = Host.Admin();
        var productId = Guid.CreateVersion7();

        var response = await admin.PutAsync($"/api/price-books/{Host.ZarBook}/prices/{productId}", Json(json));

        await Problems.AssertFieldErrorAsync(response, field);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/price-books/{Host.ZarBook}/prices/{productId}")).StatusCode);
    }

    [Theory]
    [InlineData("""{"name":"x","currency":"XXX"}""", "currency")]
    [InlineData("""{"name":"x","currency":"usd"}""", "currency")]
    [InlineData("""{"name":"x","currency":"USD","baseCountry":"ZZ"}""", "baseCountry")]
    [InlineData("""{"name":"x","currency":"USD","floorBasisPoints":10001}""", "floorBasisPoints")]
    [InlineData("""{"name":"x","currency":"USD","rounding":"up"}""", "rounding")]
    [InlineData("""{"currency":"USD"}""", "name")]
    public async Task A_bad_price_book_is_refused_naming_the_field_and_none_is_opened(string json, string field)
    {
        using var admin = Host.Admin();

        var response = await admin.PostAsync("/api/price-books", Json(json));

        await Problems.AssertFieldErrorAsync(response, field);
        var books = await OkAsync(await admin.GetAsync("/api/price-books?limit=100"));
        Assert.DoesNotContain(books.GetProperty("items").EnumerateArray(), b => b.GetProperty("currency").GetString() == "USD");
    }

    [Theory]
    [InlineData("""{"code":"p1","name":"x","interval":"week","amount":100}""", "interval")]
    [InlineData("""{"code":"p1","name":"x","interval":"month","intervalCount":0,"amount":100}""", "intervalCount")]
    [InlineData("""{"code":"p1","name":"x","interval":"month","amount":-5}""", "amount")]
    [InlineData("""{"code":"p1","name":"x","interval":"month","amount":1.25}""", "amount")]
    [InlineData("""{"code":"Not A Code","name":"x","interval":"month","amount":100}""", "code")]
    public async Task A_bad_plan_is_refused_naming_the_field(string json, string field)
    {
        using var admin = Host.Admin();

        await Problems.AssertFieldErrorAsync(await admin.PostAsync($"/api/price-books/{Host.ZarBook}/plans", Json(json)), field);
    }

    [Theory]
    [InlineData("""{"code":"BAD1","duration":"once"}""", "percentOff")]
    [InlineData("""{"code":"BAD1","duration":"once","percentOff":10,"amountsOff":[{"currency":"ZAR","amount":100}]}""", "percentOff")]
    [InlineData("""{"code":"BAD1","duration":"once","percentOff":120}""", "percentOff")]
    [InlineData("""{"code":"BAD1","duration":"once","percentOff":10.005}""", "percentOff")]
    [InlineData("""{"code":"BAD1","duration":"once","percentOff":1e27}""", "percentOff")]
    [InlineData("""{"code":"BAD1","duration":"once","amountsOff":[null]}""", "amountsOff")]
    [InlineData("""{"code":"BAD1","duration":"once","amountsOff":[{"currency":"ZAR","amount":100},{"currency":"ZAR","amount":200}]}""", "amountsOff")]
    [InlineData("""{"code":"BAD1","duration":"once","amountsOff":[{"currency":"ZZZ","amount":100}]}""", "amountsOff[0].currency")]
    [InlineData("""{"code":"BAD1","duration":"once","amountsOff":[{"currency":"ZAR","amount":-100}]}""", "amountsOff[0].amount")]
    [InlineData("""{"code":"BAD1","duration":"repeating","percentOff":10}""", "durationPeriods")]
    [InlineData("""{"code":"BAD1","duration":"sometimes","percentOff":10}""", "duration")]
    [InlineData("""{"code":"BAD1","duration":"once","percentOff":10,"expiresAt":"2001-01-01T00:00:00Z"}""", "expiresAt")]
    [InlineData("""{"code":"BAD1","duration":"once","percentOff":10,"maxRedemptions":0}""", "maxRedemptions")]
    [InlineData("""{"code":"BAD1","duration":"once","percentOff":10,"appliesTo":["0195f3c4-0000-7000-8000-000000000000"]}""", "appliesTo")]
    public async Task A_bad_coupon_is_refused_naming_the_field_and_none_is_created(string json, string field)
    {
        using var admin = Host.Admin();

        await Problems.AssertFieldErrorAsync(await admin.PostAsync("/api/coupons", Json(json)), field);
        var coupons = await OkAsync(await admin.GetAsync("/api/coupons?limit=100"));
        Assert.DoesNotContain(coupons.GetProperty("items").EnumerateArray(), c => c.GetProperty("code").GetString() == "BAD1");
    }

    [Fact]
    public async Task A_bad_quote_is_refused_naming_each_wrong_field_and_nothing_is_kept()
    {
        using var admin = Host.Admin();
        var course = await Host.PriceAsync(admin, Host.ZarBook, 1_000);
        using var buyer = Host.AsAccount(Guid.CreateVersion7());
        var quotesBefore = await QuoteCountAsync();

        async Task Refused(string json, string field) =>
            await Problems.AssertFieldErrorAsync(await buyer.PostAsync("/api/quotes", Json(json)), field);

        await Refused($$"""{"currency":"QQQ","country":"ZA","lines":[{"productId":"{{course}}"}]}""", "currency");
        await Refused($$"""{"currency":"USD","country":"ZA","lines":[{"productId":"{{course}}"}]}""", "currency");
        await Refused($$"""{"currency":"ZAR","country":"XX","lines":[{"productId":"{{course}}"}]}""", "country");
        await Refused("""{"currency":"ZAR","country":"ZA","lines":[]}""", "lines");
        await Refused("""{"currency":"ZAR","country":"ZA","lines":[null]}""", "lines[0]");
        await Refused($$"""{"currency":"ZAR","country":"ZA","lines":[{"productId":"{{course}}","quantity":0}]}""", "lines[0].quantity");
        await Refused($$"""{"currency":"ZAR","country":"ZA","lines":[{"productId":"{{course}}","quantity":1.5}]}""", "lines[0].quantity");
        await Refused($$"""{"currency":"ZAR","country":"ZA","lines":[{"productId":"{{course}}"},{"productId":"{{Guid.CreateVersion7()}}"}]}""", "lines[1].productId");
        await Refused($$"""{"currency":"ZAR","country":"ZA","lines":[{"productId":"{{course}}","planId":"{{course}}"}]}""", "lines[0].productId");
        await Refused($$"""{"currency":"ZAR","country":"ZA","couponCode":"NO-SUCH","lines":[{"productId":"{{course}}"}]}""", "couponCode");
        await Refused($$"""{"currency":"ZAR","country":"ZA","buyerVatNumber":"5123456789","lines":[{"productId":"{{course}}"}]}""", "buyerVatNumber");
        await Refused($$"""{"currency":"ZAR","country":"DE","buyerVatNumber":"DE12345","lines":[{"productId":"{{course}}"}]}""", "buyerVatNumber");
        await Refused($$"""{"currency":"ZAR","country":"US","buyerVatNumber":"123456789","lines":[{"productId":"{{course}}"}]}""", "buyerVatNumber");

        Assert.Equal(HttpStatusCode.BadRequest, (await buyer.PostAsync("/api/quotes", Json("""{"currency": """))).StatusCode);
        Assert.Equal(quotesBefore, await QuoteCountAsync());
    }

    private async Task<int> QuoteCountAsync()
    {
        await using var scope = Host.Platform.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PricingDbContext>().Quotes.CountAsync();
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?cursor=not-a-cursor", "cursor")]
    public async Task A_bad_page_request_is_refused_naming_the_parameter(string query, string field)
    {
        using var admin = Host.Admin();

        await Problems.AssertFieldErrorAsync(await admin.GetAsync("/api/price-books" + query), field);
        await Problems.AssertFieldErrorAsync(await admin.GetAsync("/api/coupons" + query), field);
        await Problems.AssertFieldErrorAsync(await admin.GetAsync("/api/subscriptions" + query), field);
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        using var admin = Host.Admin();

        await Problems.AssertProblemAsync(await admin.GetAsync($"/api/price-books/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await admin.GetAsync($"/api/plans/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await admin.GetAsync($"/api/coupons/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await admin.GetAsync($"/api/subscriptions/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await admin.PutAsJsonAsync($"/api/price-books/{Guid.CreateVersion7()}/prices/{Guid.CreateVersion7()}", new { kind = "course", name = "x", unitAmount = 1 }), HttpStatusCode.NotFound);
    }
}

using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Pricing.Tests.Api;

[Collection(PricingCollection.Name)]
public sealed class ApiDocumentTests(PricingFixture fixture)
{
    [Theory]
    [InlineData("/api/price-books", "post", "CreatePriceBook")]
    [InlineData("/api/price-books", "get", "ListPriceBooks")]
    [InlineData("/api/price-books/{id}", "get", "GetPriceBook")]
    [InlineData("/api/price-books/{id}", "put", "UpdatePriceBook")]
    [InlineData("/api/price-books/{bookId}/prices", "get", "ListProductPrices")]
    [InlineData("/api/price-books/{bookId}/prices/{productId}", "put", "SetProductPrice")]
    [InlineData("/api/price-books/{bookId}/prices/{productId}", "get", "GetProductPrice")]
    [InlineData("/api/price-books/{bookId}/plans", "post", "CreatePlan")]
    [InlineData("/api/price-books/{bookId}/plans", "get", "ListPlans")]
    [InlineData("/api/plans/{id}", "get", "GetPlan")]
    [InlineData("/api/coupons", "post", "CreateCoupon")]
    [InlineData("/api/coupons", "get", "ListCoupons")]
    [InlineData("/api/coupons/{id}", "get", "GetCoupon")]
    [InlineData("/api/coupons/{id}/archive", "post", "ArchiveCoupon")]
    [InlineData("/api/quotes", "post", "CreateQuote")]
    [InlineData("/api/quotes/{id}", "get", "GetQuote")]
    [InlineData("/api/quotes/{id}/accept", "post", "AcceptQuote")]
    [InlineData("/api/subscriptions", "post", "StartSubscription")]
    [InlineData("/api/subscriptions", "get", "ListSubscriptions")]
    [InlineData("/api/subscriptions/{id}", "get", "GetSubscription")]
    [InlineData("/api/subscriptions/{id}/charges", "get", "ListSubscriptionCharges")]
    [InlineData("/api/subscriptions/{id}/plan", "post", "ChangeSubscriptionPlan")]
    [InlineData("/api/subscriptions/{id}/cancel", "post", "CancelSubscription")]
    [InlineData("/api/reference/price-levels", "get", "ListPriceLevels")]
    [InlineData("/api/reference/vat-rates", "get", "ListVatRates")]
    public async Task Every_endpoint_is_in_the_openapi_document_with_its_name_and_summary(string path, string method, string operationId)
    {
        using var client = fixture.Host.Anonymous();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/azora-pricing.json");

        Assert.True(document.GetProperty("paths").TryGetProperty(path, out var operations), $"{path} is missing");
        Assert.True(operations.TryGetProperty(method, out var operation), $"{method} {path} is missing");
        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
    }
}

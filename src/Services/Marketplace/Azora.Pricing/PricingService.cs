using Azora.Contracts;
using Azora.Pricing.Data;
using Azora.Pricing.Features;
using Azora.Pricing.Features.Coupons;
using Azora.Pricing.Features.Plans;
using Azora.Pricing.Features.PriceBooks;
using Azora.Pricing.Features.Prices;
using Azora.Pricing.Features.Quotes;
using Azora.Pricing.Features.Reference;
using Azora.Pricing.Features.Subscriptions;
using Azora.Pricing.Pricing;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Security;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Pricing;

/// <summary>
/// What things cost on Azora: price books per currency (ZAR by default) with product prices and subscription plans;
/// purchasing-power regional prices from the World Bank's price level ratios, with a floor and price points; coupons;
/// subscriptions with proration; VAT for South Africa and the EU with reverse charge; and quotes that other services
/// (LMS, marketplace, forge) ask for with <see cref="CustomerScope"/> and that a checkout later refers to.
/// </summary>
public sealed class PricingService : IAzoraService
{
    /// <summary>The scope a service's client-credentials token needs to quote and subscribe for customers.</summary>
    public const string CustomerScope = "azora-pricing.customers";

    public string Id => "azora-pricing";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<PricingDbContext, PricingSqliteContext, PricingPostgresContext>();
        builder.Services.AddOptions<PricingOptions>()
            .Bind(builder.Configuration.GetSection(PricingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<PricingOutbox>();
        builder.Services.AddScoped<CouponRedeemer>();
        builder.Services.AddScoped<QuoteBuilder>();
        builder.Services.AddHostedService<PricingSweep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var books = endpoints.MapGroup("/api/price-books").WithTags("Price books").RequireAuthorization().ValidateDataAnnotations();
        CreatePriceBook.Map(books);
        UpdatePriceBook.Map(books);
        ReadPriceBooks.Map(books);
        SetPrice.Map(books);
        ReadPrices.Map(books);
        CreatePlan.Map(books);
        ReadPlans.MapList(books);

        var plans = endpoints.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization();
        ReadPlans.MapGet(plans);

        var reference = endpoints.MapGroup("/api/reference").WithTags("Reference data").RequireAuthorization();
        ReadReferenceTables.Map(reference);

        var coupons = endpoints.MapGroup("/api/coupons").WithTags("Coupons")
            .RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin))
            .ValidateDataAnnotations();
        CreateCoupon.Map(coupons);
        ManageCoupons.Map(coupons);

        // People act for themselves; services need the customer scope (a bare client token is refused).
        var customers = endpoints.MapGroup("/api").RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
            context.User.TryGetAccountId(out _) || context.User.HasScope(CustomerScope)));

        var quotes = customers.MapGroup("/quotes").WithTags("Quotes").ValidateDataAnnotations();
        CreateQuote.Map(quotes);
        GetQuote.Map(quotes);
        AcceptQuote.Map(quotes);

        var subscriptions = customers.MapGroup("/subscriptions").WithTags("Subscriptions").ValidateDataAnnotations();
        StartSubscription.Map(subscriptions);
        ReadSubscriptions.Map(subscriptions);
        ChangeSubscription.Map(subscriptions);
    }
}

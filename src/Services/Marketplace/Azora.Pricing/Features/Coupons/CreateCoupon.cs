using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.Pricing.Domain;
using Azora.Pricing.Pricing;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Coupons;

/// <summary>
/// A coupon: <c>percentOff</c> (above 0, at most 100, to two decimals) or <c>amountsOff</c> (a fixed amount per currency),
/// never both; <c>duration</c> <c>once</c>, <c>repeating</c> (with <c>durationPeriods</c>) or <c>forever</c>; optionally an
/// expiry, redemption limits in all and per customer, and the products and plans it is limited to.
/// </summary>
internal sealed record CreateCouponRequest(
    [Required, RegularExpression("^[A-Za-z0-9][A-Za-z0-9_-]*$", ErrorMessage = "The code is letters, digits, dashes and underscores."), StringLength(Coupon.CodeMaxLength)] string Code,
    [Required] string Duration,
    decimal? PercentOff = null,
    [MaxLength(50)] List<CouponAmountRequest>? AmountsOff = null,
    [Range(1, 120)] int? DurationPeriods = null,
    DateTimeOffset? ExpiresAt = null,
    [Range(1, int.MaxValue)] int? MaxRedemptions = null,
    [Range(1, int.MaxValue)] int? MaxRedemptionsPerCustomer = null,
    [MaxLength(100)] List<Guid>? AppliesTo = null);

internal sealed record CouponAmountRequest(string? Currency, long Amount);

/// <summary>A platform-admin creates a coupon; its terms never change afterwards (it can only be archived).</summary>
internal static class CreateCoupon
{
    public static void Map(IEndpointRouteBuilder coupons) =>
        coupons.MapPost("/", HandleAsync)
            .WithName("CreateCoupon")
            .WithSummary("Create a percentage or fixed-amount coupon with its duration, expiry, restrictions and redemption limits (platform-admin).");

    private static async Task<Results<Created<CouponResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        CreateCouponRequest request, ClaimsPrincipal caller, PricingOutbox outbox, PricingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var actorId) || !caller.IsPlatformAdmin())
        {
            return TypedResults.Forbid();
        }
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var discount = ReadDiscount(request, errors);
        var limits = ReadLimits(request, now, errors);
        var targets = (request.AppliesTo ?? []).Distinct().ToList();
        if (targets.Count > 0)
        {
            var known = await db.ProductPrices.Where(p => targets.Contains(p.ProductId)).Select(p => p.ProductId)
                .Concat(db.Plans.Where(p => targets.Contains(p.Id)).Select(p => p.Id))
                .ToListAsync(cancellationToken);
            var unknown = targets.Except(known).ToList();
            if (unknown.Count > 0)
            {
                errors.Add("appliesTo", $"No priced product or plan has the id {string.Join(", ", unknown)}.");
            }
        }
        if (errors.Count > 0)
        {
            return PricingProblems.Fields(errors);
        }

        var coupon = Coupon.Create(request.Code.ToUpperInvariant(), discount!, limits!, targets.Select(t => new CouponTarget(t)), now);
        db.Coupons.Add(coupon);
        var audit = PricingAudit.Changed(actorId, "coupon.created", "coupon", coupon.Id, now, new()
        {
            ["code"] = coupon.Code,
            ["percentOff"] = coupon.PercentOffBasisPoints is { } bp ? PricingAudit.Amount(bp) + " basis points" : "none",
            ["amountsOff"] = string.Join(" ", coupon.AmountsOff.Select(a => $"{a.Currency}:{a.Amount}")),
            ["duration"] = CouponDurations.Name(coupon.Duration),
            ["maxRedemptions"] = coupon.MaxRedemptions?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
        });
        return await outbox.TryCommitAsync(cancellationToken, audit)
            ? TypedResults.Created($"/api/coupons/{coupon.Id}", CouponResponse.From(coupon))
            : PricingProblems.Fields(StatusCodes.Status409Conflict, "The coupon code is taken.", new Dictionary<string, string[]>
            {
                ["code"] = [$"A coupon with the code {coupon.Code} exists."],
            });
    }

    private static CouponDiscount? ReadDiscount(CreateCouponRequest request, FieldErrors errors)
    {
        var amounts = request.AmountsOff ?? [];
        if (request.PercentOff is null == (amounts.Count == 0))
        {
            errors.Add("percentOff", "Give either percentOff or amountsOff, not both and not neither.");
            return null;
        }
        if (request.PercentOff is { } percent)
        {
            if (percent is <= 0 or > 100 || percent * 100m != decimal.Truncate(percent * 100m))
            {
                errors.Add("percentOff", "The percentage is above 0 and at most 100, to at most two decimals.");
                return null;
            }
            return new CouponDiscount((int)(percent * 100m), []);
        }
        if (amounts.Any(a => a is null))
        {
            errors.Add("amountsOff", "Each amount off is an object with a currency and an amount.");
            return null;
        }
        for (var i = 0; i < amounts.Count; i++)
        {
            errors.Currency($"amountsOff[{i}].currency", amounts[i].Currency);
            if (amounts[i].Amount is <= 0 or > FieldErrors.MaxAmount)
            {
                errors.Add($"amountsOff[{i}].amount", $"The amount off is a whole number of minor units from 1 to {FieldErrors.MaxAmount}.");
            }
        }
        if (amounts.Select(a => a.Currency).Distinct(StringComparer.Ordinal).Count() != amounts.Count)
        {
            errors.Add("amountsOff", "Give each currency once.");
        }
        return new CouponDiscount(null, [.. amounts.Select(a => new CouponAmount(a.Currency!, a.Amount))]);
    }

    private static CouponLimits? ReadLimits(CreateCouponRequest request, DateTimeOffset now, FieldErrors errors)
    {
        if (!errors.TryPick("duration", request.Duration, CouponDurations.Names, out var duration))
        {
            return null;
        }
        if (duration == CouponDuration.Repeating && request.DurationPeriods is null)
        {
            errors.Add("durationPeriods", "A repeating coupon says for how many periods it repeats.");
        }
        if (duration != CouponDuration.Repeating && request.DurationPeriods is not null)
        {
            errors.Add("durationPeriods", "Only a repeating coupon has a number of periods.");
        }
        if (request.ExpiresAt <= now)
        {
            errors.Add("expiresAt", "The expiry is in the future.");
        }
        if (request.MaxRedemptionsPerCustomer > request.MaxRedemptions)
        {
            errors.Add("maxRedemptionsPerCustomer", "A customer cannot be allowed more redemptions than the coupon has in all.");
        }
        return new CouponLimits(duration, request.DurationPeriods, request.ExpiresAt?.ToUniversalTime(), request.MaxRedemptions, request.MaxRedemptionsPerCustomer);
    }
}

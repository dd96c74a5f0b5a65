using System.Security.Claims;
using Azora.Pricing.Data;
using Azora.Pricing.Pricing;
using Azora.ServiceDefaults.Paging;
using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Coupons;

/// <summary>Platform-admins list and read coupons (with how often each was redeemed) and archive them.</summary>
internal static class ManageCoupons
{
    public static void Map(IEndpointRouteBuilder coupons)
    {
        coupons.MapGet("/", ListAsync)
            .WithName("ListCoupons")
            .WithSummary("List coupons, oldest first, with cursor pagination (platform-admin).");
        coupons.MapGet("/{id:guid}", GetAsync)
            .WithName("GetCoupon")
            .WithSummary("Read a coupon and how often it has been redeemed (platform-admin).");
        coupons.MapPost("/{id:guid}/archive", ArchiveAsync)
            .WithName("ArchiveCoupon")
            .WithSummary("Withdraw a coupon: it can no longer be applied or redeemed (platform-admin).");
    }

    private static async Task<Results<Ok<Page<CouponResponse>>, ValidationProblem>> ListAsync(
        string? limit, string? cursor, PricingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Read(limit, cursor, errors);
        return errors.Count > 0
            ? PricingProblems.Fields(errors)
            : TypedResults.Ok(await Page<CouponResponse>.ReadAsync(db.Coupons.AsNoTracking(), page, c => c.Id, CouponResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<CouponResponse>, ProblemHttpResult>> GetAsync(Guid id, PricingDbContext db, CancellationToken cancellationToken)
    {
        var coupon = await db.Coupons.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return coupon is null ? PricingProblems.NotFound("coupon") : TypedResults.Ok(CouponResponse.From(coupon));
    }

    private static async Task<Results<Ok<CouponResponse>, ProblemHttpResult, ForbidHttpResult>> ArchiveAsync(
        Guid id, ClaimsPrincipal caller, PricingOutbox outbox, PricingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var actorId))
        {
            return TypedResults.Forbid();
        }
        var coupon = await db.Coupons.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (coupon is null)
        {
            return PricingProblems.NotFound("coupon");
        }
        if (coupon.Archived)
        {
            return TypedResults.Ok(CouponResponse.From(coupon));
        }
        coupon.Archive();
        var now = clock.GetUtcNow();
        var audit = PricingAudit.Changed(actorId, "coupon.archived", "coupon", coupon.Id, now, new() { ["code"] = coupon.Code });
        return await outbox.TryCommitAsync(cancellationToken, audit)
            ? TypedResults.Ok(CouponResponse.From(coupon))
            : PricingProblems.ChangedMeanwhile();
    }
}

using Azora.Pricing.Data;
using Azora.ServiceDefaults.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Features.Plans;

/// <summary>Any signed-in caller reads the plans on offer.</summary>
internal static class ReadPlans
{
    public static void MapList(IEndpointRouteBuilder books) =>
        books.MapGet("/{bookId:guid}/plans", ListAsync)
            .WithName("ListPlans")
            .WithSummary("List a price book's plans, oldest first, with cursor pagination.");

    public static void MapGet(IEndpointRouteBuilder plans) =>
        plans.MapGet("/{id:guid}", GetAsync)
            .WithName("GetPlan")
            .WithSummary("Read one plan.");

    private static async Task<Results<Ok<Page<PlanResponse>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        Guid bookId, string? limit, string? cursor, PricingDbContext db, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var page = PageRequest.Read(limit, cursor, errors);
        if (errors.Count > 0)
        {
            return PricingProblems.Fields(errors);
        }
        if (!await db.PriceBooks.AnyAsync(b => b.Id == bookId, cancellationToken))
        {
            return PricingProblems.NotFound("price book");
        }
        var plans = db.Plans.AsNoTracking().Where(p => p.PriceBookId == bookId);
        return TypedResults.Ok(await Page<PlanResponse>.ReadAsync(plans, page, p => p.Id, PlanResponse.From, cancellationToken));
    }

    private static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> GetAsync(Guid id, PricingDbContext db, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return plan is null ? PricingProblems.NotFound("plan") : TypedResults.Ok(PlanResponse.From(plan));
    }
}

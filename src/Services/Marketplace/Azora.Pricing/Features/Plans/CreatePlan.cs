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

namespace Azora.Pricing.Features.Plans;

/// <summary>A plan billed <c>amount</c> (minor units) every <c>intervalCount</c> <c>interval</c>s (<c>month</c> or <c>year</c>).</summary>
internal sealed record CreatePlanRequest(
    [Required, RegularExpression("^[a-z0-9][a-z0-9-]*$", ErrorMessage = "The code is lower-case letters, digits and dashes."), StringLength(Plan.CodeMaxLength)] string Code,
    [Required, StringLength(Plan.NameMaxLength, MinimumLength = 1)] string Name,
    [Required] string Interval,
    [Required] long? Amount,
    [Range(1, BillingInterval.MaxCount)] int IntervalCount = 1);

/// <summary>A platform-admin adds a subscription plan to a price book. Plans never change once created, so subscriptions keep their terms.</summary>
internal static class CreatePlan
{
    public static void Map(IEndpointRouteBuilder books) =>
        books.MapPost("/{bookId:guid}/plans", HandleAsync)
            .WithName("CreatePlan")
            .WithSummary("Add a subscription plan with its billing interval to a price book (platform-admin).");

    private static async Task<Results<Created<PlanResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        Guid bookId, CreatePlanRequest request, ClaimsPrincipal caller, PricingOutbox outbox, PricingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!caller.TryGetAccountId(out var actorId) || !caller.IsPlatformAdmin())
        {
            return TypedResults.Forbid();
        }
        var errors = new FieldErrors();
        errors.TryPick("interval", request.Interval, BillingInterval.UnitNames, out var unit);
        errors.Amount("amount", request.Amount ?? 0);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add("name", "The name must not be blank.");
        }
        var book = await db.PriceBooks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookId, cancellationToken);
        if (book is null)
        {
            return PricingProblems.NotFound("price book");
        }
        if (errors.Count > 0)
        {
            return PricingProblems.Fields(errors);
        }
        var now = clock.GetUtcNow();
        var plan = Plan.Create(book, request.Code, request.Name, new BillingInterval(unit, request.IntervalCount), request.Amount ?? 0, now);
        db.Plans.Add(plan);
        var audit = PricingAudit.Changed(actorId, "plan.created", "plan", plan.Id, now, new()
        {
            ["priceBookId"] = book.Id.ToString(),
            ["code"] = plan.Code,
            ["currency"] = plan.Currency,
            ["amount"] = PricingAudit.Amount(plan.Amount),
            ["interval"] = $"{plan.IntervalCount} {plan.Interval.UnitName}",
        });
        return await outbox.TryCommitAsync(cancellationToken, audit)
            ? TypedResults.Created($"/api/plans/{plan.Id}", PlanResponse.From(plan))
            : PricingProblems.Fields(StatusCodes.Status409Conflict, "The price book already has a plan with that code.", new Dictionary<string, string[]>
            {
                ["code"] = [$"The code {request.Code} is taken in this price book."],
            });
    }
}

using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Domain.Payments;
using Azora.PaymentService.Payments;
using Azora.PaymentService.Providers;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.PaymentService.Features.Intents;

/// <param name="Amount">Minor units of <paramref name="Currency"/>, more than zero.</param>
/// <param name="CaptureMethod"><c>automatic</c> (the default) or <c>manual</c>.</param>
/// <param name="PaymentMethod">The provider's payment method; for the simulated provider, one of its test card numbers.</param>
/// <param name="Confirm">Confirm at once, as Stripe's <c>confirm=true</c>.</param>
/// <param name="SellerId">Who receives the amount net of the platform fee; the platform when absent.</param>
/// <param name="CourseId">The course this payment buys for the caller; its success enrols them.</param>
internal sealed record CreateIntentRequest(
    long? Amount = null,
    string? Currency = null,
    string? CaptureMethod = null,
    string? PaymentMethod = null,
    bool? Confirm = null,
    Guid? SellerId = null,
    Guid? CourseId = null,
    string? Description = null);

/// <summary>The caller starts paying: a new intent, paid by them, confirmed at once when asked.</summary>
internal static class CreateIntent
{
    public static void Map(IEndpointRouteBuilder intents) =>
        intents.MapPost("/", HandleAsync)
            .WithName("CreatePaymentIntent")
            .AcceptIdempotencyKey<PaymentDbContext>()
            .WithSummary("Create a payment intent paid by the caller, optionally for a course and confirmed at once.");

    private static async Task<Results<Created<IntentResponse>, Ok<IntentResponse>, ValidationProblem, ProblemHttpResult, ForbidHttpResult>> HandleAsync(
        CreateIntentRequest request, ClaimsPrincipal caller, PaymentDbContext db, IPaymentProvider provider, IntentWorkflow workflow,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        if (caller.ActorOf() is not { } payer)
        {
            return TypedResults.Forbid();
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Amount is not (>= 1 and <= Transfer.MaxAmount))
        {
            errors["amount"] = [$"A whole number of minor units from 1 to {Transfer.MaxAmount}."];
        }
        if (request.Currency is null || !Currencies.IsKnown(request.Currency) || request.Currency == Currencies.Azr)
        {
            errors["currency"] = ["An ISO 4217 currency code in capitals, such as ZAR or USD."];
        }
        if (!IntentStatuses.TryParseCaptureMethod(request.CaptureMethod, out var captureMethod))
        {
            errors["captureMethod"] = ["automatic or manual."];
        }
        if (request.PaymentMethod is { } method && provider.CheckPaymentMethod(method) is { } unusable)
        {
            errors["paymentMethod"] = [unusable];
        }
        if (request.Confirm == true && request.PaymentMethod is null)
        {
            errors["paymentMethod"] = ["Required to confirm at once."];
        }
        if (request.Description is { Length: > PaymentIntent.DescriptionMaxLength })
        {
            errors["description"] = [$"At most {PaymentIntent.DescriptionMaxLength} characters."];
        }
        if (request.SellerId == Guid.Empty || (request.SellerId is not null && request.SellerId == payer))
        {
            errors["sellerId"] = ["Another account than the payer's."];
        }
        if (request.CourseId == Guid.Empty)
        {
            errors["courseId"] = ["A course id, not the empty GUID."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow();
        var intent = PaymentIntent.Create(Guid.CreateVersion7(now), payer, request.Amount!.Value, request.Currency!, captureMethod,
            request.PaymentMethod, request.SellerId, request.CourseId, request.Description, now);
        db.PaymentIntents.Add(intent);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (request.Confirm != true)
        {
            return TypedResults.Created($"/api/payments/intents/{intent.Id}", IntentResponse.From(intent));
        }
        var (confirmed, problem) = await workflow.ConfirmAsync(intent.Id, null, payer, cancellationToken);
        return confirmed is null ? problem!.ToResult() : TypedResults.Created($"/api/payments/intents/{intent.Id}", IntentResponse.From(confirmed));
    }
}

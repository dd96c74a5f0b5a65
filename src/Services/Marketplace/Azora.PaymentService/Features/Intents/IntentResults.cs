using Azora.PaymentService.Domain.Payments;
using Azora.PaymentService.Payments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Azora.PaymentService.Features.Intents;

internal static class IntentResults
{
    public static Results<Ok<IntentResponse>, ProblemHttpResult> From((PaymentIntent? Intent, PaymentProblem? Problem) outcome) =>
        outcome.Intent is { } intent ? TypedResults.Ok(IntentResponse.From(intent)) : outcome.Problem!.ToResult();

    public static ProblemHttpResult NotFound() => PaymentProblem.NotFound("payment intent").ToResult();
}

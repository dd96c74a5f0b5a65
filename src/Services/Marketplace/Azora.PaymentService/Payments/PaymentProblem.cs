using Azora.PaymentService.Domain.Payments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Azora.PaymentService.Payments;

/// <summary>Why a payment request was refused, as a problem naming the field at fault (and the intent's state); nothing moved.</summary>
internal sealed record PaymentProblem(int StatusCode, string Title, string Field, string Message, IntentStatus? State = null)
{
    public static PaymentProblem NotFound(string what) =>
        new(StatusCodes.Status404NotFound, $"The {what} does not exist.", "id", $"No such {what}.");

    /// <summary>
    /// A transition the state does not allow is a conflict (409); a missing payment method is 400; an amount beyond
    /// what the intent allows is 422.
    /// </summary>
    public static PaymentProblem From(IntentTransition.Refused refused) => refused.Field switch
    {
        "status" => new(StatusCodes.Status409Conflict, "The payment intent's state does not allow this.", refused.Field, refused.Message, refused.Status),
        "paymentMethod" => new(StatusCodes.Status400BadRequest, "A payment method is needed.", refused.Field, refused.Message, refused.Status),
        _ => new(StatusCodes.Status422UnprocessableEntity, "The amount is more than the payment intent allows.", refused.Field, refused.Message, refused.Status),
    };

    public static PaymentProblem ChangedMeanwhile() => new(StatusCodes.Status409Conflict,
        "The payment intent changed while this request ran.", "id", "Another request changed it first; read it and try again.");

    public ProblemHttpResult ToResult()
    {
        var extensions = new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [Field] = [Message] } };
        if (State is { } state)
        {
            extensions["state"] = IntentStatuses.NameOf(state);
        }
        return TypedResults.Problem(statusCode: StatusCode, title: Title, detail: Message, extensions: extensions);
    }
}

namespace Azora.PaymentService.Domain.Payments;

/// <summary>Where a payment intent is in its life, as Stripe names the states.</summary>
internal enum IntentStatus
{
    RequiresPaymentMethod,
    RequiresConfirmation,
    RequiresAction,
    Processing,
    RequiresCapture,
    Succeeded,
    Canceled,
}

/// <summary>Whether an authorized payment is captured at once or later by the merchant.</summary>
internal enum CaptureMethod
{
    Automatic,
    Manual,
}

internal static class IntentStatuses
{
    /// <summary>The state's wire name: <c>requires_payment_method</c>, <c>succeeded</c>, ...</summary>
    public static string NameOf(IntentStatus status) => status switch
    {
        IntentStatus.RequiresPaymentMethod => "requires_payment_method",
        IntentStatus.RequiresConfirmation => "requires_confirmation",
        IntentStatus.RequiresAction => "requires_action",
        IntentStatus.Processing => "processing",
        IntentStatus.RequiresCapture => "requires_capture",
        IntentStatus.Succeeded => "succeeded",
        IntentStatus.Canceled => "canceled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string NameOf(CaptureMethod method) => method == CaptureMethod.Automatic ? "automatic" : "manual";

    public static bool TryParseCaptureMethod(string? name, out CaptureMethod method)
    {
        method = name switch { null or "automatic" => CaptureMethod.Automatic, "manual" => CaptureMethod.Manual, _ => (CaptureMethod)(-1) };
        return Enum.IsDefined(method);
    }
}

namespace Azora.PaymentService.Domain.Payments;

/// <summary>
/// A payer's intention to pay an amount, followed through Stripe's state machine: it needs a payment method, then
/// confirmation; the provider may ask for an extra action (3-D Secure) or process asynchronously; an authorized
/// payment is captured at once or, with manual capture, later; it ends succeeded or canceled. Each transition method
/// refuses a move its state does not allow, naming the state. Money reaches the ledger only on capture.
/// </summary>
internal sealed class PaymentIntent
{
    public const int DescriptionMaxLength = 500;

    private PaymentIntent()
    {
    }

    public Guid Id { get; private set; }
    public Guid PayerId { get; private set; }
    public long Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public CaptureMethod CaptureMethod { get; private set; }
    public IntentStatus Status { get; private set; }
    public string? Description { get; private set; }

    /// <summary>The seller who receives the amount net of the platform fee; none means the platform's own revenue.</summary>
    public Guid? SellerId { get; private set; }

    /// <summary>The course this payment buys for the payer, if it is a course purchase.</summary>
    public Guid? CourseId { get; private set; }

    /// <summary>The provider's token for how to pay (for the simulated provider, one of its test card numbers).</summary>
    public string? PaymentMethod { get; private set; }

    /// <summary>The provider's id of the payment, once confirmed.</summary>
    public string? ProviderPaymentId { get; private set; }

    /// <summary>Why the last confirmation failed (a decline code), cleared by the next.</summary>
    public string? LastError { get; private set; }

    public long AmountCaptured { get; private set; }
    public long AmountRefunded { get; private set; }

    /// <summary>The platform fee taken from <see cref="AmountCaptured"/>.</summary>
    public long FeeCaptured { get; private set; }

    public long FeeRefunded { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SucceededAt { get; private set; }
    public DateTimeOffset? CanceledAt { get; private set; }

    /// <summary>Raised by every change, so two concurrent transitions of one intent cannot both be saved.</summary>
    public int Version { get; private set; }

    public static PaymentIntent Create(
        Guid id, Guid payerId, long amount, string currency, CaptureMethod captureMethod, string? paymentMethod,
        Guid? sellerId, Guid? courseId, string? description, DateTimeOffset now) => new()
    {
        Id = id,
        PayerId = payerId,
        Amount = amount,
        Currency = currency,
        CaptureMethod = captureMethod,
        PaymentMethod = paymentMethod,
        SellerId = sellerId,
        CourseId = courseId,
        Description = description,
        Status = paymentMethod is null ? IntentStatus.RequiresPaymentMethod : IntentStatus.RequiresConfirmation,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public long Refundable => AmountCaptured - AmountRefunded;

    /// <summary>Confirmation needs a payment method and a state waiting for one or for confirmation.</summary>
    public IntentTransition.Refused? CheckConfirm(string? paymentMethod)
    {
        if (Status is not (IntentStatus.RequiresPaymentMethod or IntentStatus.RequiresConfirmation))
        {
            return Refuse("confirmed");
        }
        return (paymentMethod ?? PaymentMethod) is null
            ? new IntentTransition.Refused(Status, "paymentMethod", "A payment method is needed to confirm this payment.")
            : null;
    }

    public void AttachPaymentMethod(string paymentMethod, DateTimeOffset now)
    {
        PaymentMethod = paymentMethod;
        Touch(now);
    }

    public void Declined(string code, DateTimeOffset now)
    {
        Status = IntentStatus.RequiresPaymentMethod;
        LastError = code;
        PaymentMethod = null;
        Touch(now);
    }

    /// <summary>The provider authorized the amount; with automatic capture the caller captures it in the same change.</summary>
    public void Authorized(string providerPaymentId, DateTimeOffset now) => MoveTo(IntentStatus.RequiresCapture, providerPaymentId, now);

    public void ActionRequired(string providerPaymentId, DateTimeOffset now) => MoveTo(IntentStatus.RequiresAction, providerPaymentId, now);

    public void ProcessingAsynchronously(string providerPaymentId, DateTimeOffset now) => MoveTo(IntentStatus.Processing, providerPaymentId, now);

    public IntentTransition.Refused? CheckCompleteAction() => Status == IntentStatus.RequiresAction ? null : Refuse("continued after an action");

    public IntentTransition.Refused? CheckSettle() => Status == IntentStatus.Processing ? null : Refuse("settled");

    public IntentTransition.Refused? CheckCapture(long amount)
    {
        if (Status != IntentStatus.RequiresCapture)
        {
            return Refuse("captured");
        }
        return amount > Amount
            ? new IntentTransition.Refused(Status, "amountToCapture", $"At most the authorized amount, {Amount}.")
            : null;
    }

    /// <summary>The money is the platform's: the intent has succeeded with <paramref name="amount"/> captured.</summary>
    public void Captured(long amount, long fee, DateTimeOffset now)
    {
        Status = IntentStatus.Succeeded;
        AmountCaptured = amount;
        FeeCaptured = fee;
        SucceededAt = now;
        Touch(now);
    }

    public IntentTransition.Refused? CheckCancel() =>
        Status is IntentStatus.Succeeded or IntentStatus.Canceled or IntentStatus.Processing ? Refuse("canceled") : null;

    public void Cancel(DateTimeOffset now)
    {
        Status = IntentStatus.Canceled;
        CanceledAt = now;
        Touch(now);
    }

    public IntentTransition.Refused? CheckRefund(long amount)
    {
        if (Status != IntentStatus.Succeeded)
        {
            return Refuse("refunded");
        }
        return amount > Refundable
            ? new IntentTransition.Refused(Status, "amount", $"At most what is captured and not yet refunded, {Refundable}.")
            : null;
    }

    /// <summary>
    /// The part of a refund of <paramref name="amount"/> that comes back out of the platform fee: in proportion to the
    /// fee's share of the capture, rounded so that a full refund returns exactly the whole fee.
    /// </summary>
    public long FeeShareOfRefund(long amount) =>
        AmountCaptured == 0 ? 0 : (long)((Int128)(AmountRefunded + amount) * FeeCaptured / AmountCaptured) - FeeRefunded;

    public void Refunded(long amount, long fee, DateTimeOffset now)
    {
        AmountRefunded += amount;
        FeeRefunded += fee;
        Touch(now);
    }

    private void MoveTo(IntentStatus status, string providerPaymentId, DateTimeOffset now)
    {
        Status = status;
        ProviderPaymentId = providerPaymentId;
        LastError = null;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    private IntentTransition.Refused Refuse(string action) =>
        new(Status, "status", $"A payment intent in state {IntentStatuses.NameOf(Status)} cannot be {action}.");
}

/// <summary>A transition the intent's state does not allow, naming the state and the request field at fault.</summary>
internal static class IntentTransition
{
    public sealed record Refused(IntentStatus Status, string Field, string Message);
}

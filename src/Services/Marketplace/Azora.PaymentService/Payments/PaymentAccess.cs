using System.Security.Claims;
using Azora.Contracts;
using Azora.PaymentService.Domain.Payments;
using Azora.ServiceDefaults.Security;

namespace Azora.PaymentService.Payments;

/// <summary>Who may act on payments: the payer on their own intents; platform-admins and ledger services on any.</summary>
internal static class PaymentAccess
{
    public static bool IsOperator(this ClaimsPrincipal caller) =>
        caller.IsInRole(Roles.PlatformAdmin) || caller.HasScope(PaymentService.LedgerScope);

    /// <summary>The caller's account id, or null for a service.</summary>
    public static Guid? ActorOf(this ClaimsPrincipal caller) => caller.TryGetAccountId(out var id) ? id : null;

    public static bool MaySee(this ClaimsPrincipal caller, PaymentIntent intent) =>
        caller.IsOperator() || (caller.TryGetAccountId(out var id) && id == intent.PayerId);
}

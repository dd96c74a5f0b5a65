using System.Security.Claims;
using Azora.PaymentService.Data;
using Azora.PaymentService.Payments;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Features.Intents;

internal static class IntentLookup
{
    /// <summary>Whether the intent exists and the caller may act on it; another payer's intent is as good as missing.</summary>
    public static async Task<bool> VisibleToAsync(this PaymentDbContext db, Guid id, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var intent = await db.PaymentIntents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return intent is not null && caller.MaySee(intent);
    }
}

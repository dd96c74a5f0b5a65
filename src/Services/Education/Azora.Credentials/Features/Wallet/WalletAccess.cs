using Azora.Credentials.Data;
using Azora.Credentials.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Credentials.Features.Wallet;

/// <summary>A credential of the caller's own; anyone else's is "not found", never "forbidden", so ids leak nothing.</summary>
internal static class WalletAccess
{
    public static Task<IssuedCredential?> FindOwnAsync(CredentialsDbContext db, Guid learnerId, Guid id, CancellationToken cancellationToken) =>
        db.Credentials.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.LearnerId == learnerId, cancellationToken);
}

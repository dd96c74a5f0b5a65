using Azora.Contracts.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.AuditLoggingService.Tests;

internal static class Verification
{
    /// <summary>Runs the verifier <c>azora audit verify</c> resolves, the same way.</summary>
    public static async Task<AuditLogVerification> RunAsync(AuditLogHost host)
    {
        await using var scope = host.Platform.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditLogVerifier>().VerifyAsync(null, CancellationToken.None);
    }
}

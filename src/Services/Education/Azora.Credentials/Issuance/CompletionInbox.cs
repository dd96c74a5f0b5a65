using Azora.Contracts.Credentials;
using Azora.Contracts.Education;
using Azora.Contracts.Lms;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Credentials.Issuance;

/// <summary>
/// Turns completion events (and other services' requests) into credentials, exactly once per learner and achievement:
/// each attempt runs in its own scope and commits the credential with its audit event and its CredentialIssued event; when a concurrent duplicate wins the unique key, the next
/// attempt finds the credential held and issues nothing.
/// </summary>
public sealed class CompletionInbox(IServiceScopeFactory scopes)
{
    private const int MaxAttempts = 3;

    internal Task CourseCompletedAsync(CourseCompleted completed, CancellationToken cancellationToken) =>
        IssueAsync(AchievementClaim.From(completed), cancellationToken);

    internal Task ProgramCompletedAsync(ProgramCompleted completed, CancellationToken cancellationToken) =>
        IssueAsync(AchievementClaim.From(completed), cancellationToken);

    internal Task IssueRequestedAsync(IssueCredential request, CancellationToken cancellationToken) =>
        IssueAsync(AchievementClaim.From(request), cancellationToken);

    private async Task IssueAsync(AchievementClaim claim, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var issuer = scope.ServiceProvider.GetRequiredService<CredentialIssuer>();
            if (await issuer.IssueAsync(claim, cancellationToken) is not { } issuance)
            {
                return;
            }

            if (await scope.ServiceProvider.GetRequiredService<CredentialsOutbox>().TryCommitAsync(cancellationToken, issuance.Audit, issuance.Issued))
            {
                return;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"The credential could not be committed after {MaxAttempts} attempts; Wolverine will retry the message.");
            }
        }
    }
}

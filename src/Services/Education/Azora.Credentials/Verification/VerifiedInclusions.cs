using System.Collections.Concurrent;

namespace Azora.Credentials.Verification;

/// <summary>
/// The issuances whose audit-log inclusion this instance has already checked and found proven. The log is append-only
/// and its signed tree heads are never withdrawn, so once an audit path from the issuance event to a signed root has
/// checked out, it stays true: later verifications of the same credential reuse that passed check (it names the tree
/// head it was proven against) instead of asking the log again. Only passed checks are kept: "not covered yet" or "log
/// unreachable" is asked again every time. Bounded; past the bound, checks are simply made each time.
/// </summary>
internal sealed class VerifiedInclusions
{
    public const int MaxRemembered = 100_000;

    private readonly ConcurrentDictionary<Guid, VerificationCheck> passed = new();

    public bool TryGet(Guid credentialId, out VerificationCheck check) => passed.TryGetValue(credentialId, out check!);

    public void Remember(Guid credentialId, VerificationCheck check)
    {
        if (check.Status == CheckStatus.Passed && passed.Count < MaxRemembered)
        {
            passed.TryAdd(credentialId, check);
        }
    }
}

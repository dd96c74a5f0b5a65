using System.Text.Json.Nodes;

namespace Azora.Web.Api;

/// <summary>A credential in the learner's wallet (azora-credentials).</summary>
public sealed record WalletCredential(Guid Id, string Kind, Guid SourceId, string AchievementName, DateTimeOffset IssuedAt, bool Revoked, bool Suspended, JsonNode Credential);

public sealed record WalletPage(IReadOnlyList<WalletCredential> Items, string? NextCursor);

public sealed record CreatedShareLink(Guid Id, Guid CredentialId, DateTimeOffset ExpiresAt, string Token, string Url);

public sealed record Verification(bool Valid, string Format, string? CredentialId, IReadOnlyList<string> FailedChecks, IReadOnlyList<VerificationCheck> Checks);

public sealed record VerificationCheck(string Name, string Result, string Detail);

/// <summary>The person's money and AZR accounts (payment-service), balances in minor units.</summary>
public sealed record MoneyWallet(IReadOnlyList<MoneyAccount> Accounts);

public sealed record MoneyAccount(string Currency, int MinorUnits, string Kind, long Balance);

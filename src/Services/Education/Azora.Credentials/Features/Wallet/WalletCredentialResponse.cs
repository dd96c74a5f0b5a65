using System.Text.Json.Nodes;
using Azora.Credentials.Domain;

namespace Azora.Credentials.Features.Wallet;

/// <summary>One credential in a wallet: its state, the full signed credential (Data Integrity) and its VC-JWT.</summary>
internal sealed record WalletCredentialResponse(
    Guid Id,
    string Kind,
    Guid SourceId,
    string AchievementName,
    DateTimeOffset IssuedAt,
    bool Revoked,
    bool Suspended,
    JsonNode Credential,
    string Jwt)
{
    public static WalletCredentialResponse From(IssuedCredential credential) => new(
        credential.Id,
        credential.Kind.ToString().ToLowerInvariant(),
        credential.SourceId,
        credential.AchievementName,
        credential.IssuedAt,
        credential.Revoked,
        credential.Suspended,
        JsonNode.Parse(credential.SignedJson)!,
        credential.Jwt);
}

internal sealed record WalletPage(IReadOnlyList<WalletCredentialResponse> Items, string? NextCursor);

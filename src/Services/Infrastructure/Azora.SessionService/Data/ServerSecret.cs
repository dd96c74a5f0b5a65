namespace Azora.SessionService.Data;

/// <summary>A secret the server generated for itself once (its token encryption key, its own client secret in one-process mode).</summary>
internal sealed class ServerSecret
{
    public required string Name { get; init; }
    public required string Value { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

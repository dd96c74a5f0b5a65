using System.Security.Cryptography;
using Azora.SessionService.Data;
using Azora.SessionService.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.SessionService.Users;

/// <summary>
/// The secret of session-service's own confidential client: <c>Azora:Clients:session-service:Secret</c> when configured,
/// otherwise a random secret generated once and kept in session-service's database (never a constant in code).
/// </summary>
internal sealed class ServiceClientSecret(IConfiguration configuration, IServiceScopeFactory scopes)
{
    public const string ClientId = "session-service";

    // PublicationOnly: a database that was briefly unavailable is asked again rather than failing forever.
    private readonly Lazy<string> _value = new(() => Resolve(configuration, scopes), LazyThreadSafetyMode.PublicationOnly);

    public string Value => _value.Value;

    private static string Resolve(IConfiguration configuration, IServiceScopeFactory scopes)
    {
        if (configuration[$"Azora:Clients:{ClientId}:Secret"] is { Length: > 0 } configured)
        {
            return configured;
        }
        using var scope = scopes.CreateScope();
        var secrets = new ServerSecrets(
            scope.ServiceProvider.GetRequiredService<SessionDbContext>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>());
        return secrets.GetOrCreate($"client-secret:{ClientId}", () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }
}

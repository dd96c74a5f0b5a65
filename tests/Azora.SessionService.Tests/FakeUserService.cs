using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Azora.Contracts.UserService;
using Azora.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Azora.SessionService.Tests;

/// <summary>
/// A stand-in for user-service's internal API (the contract in Azora.Contracts.UserService) on a free loopback port.
/// It refuses calls without a bearer token that carries the <c>user-service.credentials</c> scope and whose signature
/// the test's validator accepts.
/// </summary>
public sealed class FakeUserService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeAccount> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public Uri Address { get; }

    /// <summary>Checks a service token's signature (set once the token issuer is running).</summary>
    public Func<string, bool> ValidateToken { get; set; } = _ => false;

    public ConcurrentQueue<string> AcceptedScopes { get; } = new();

    private FakeUserService(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public static async Task<FakeUserService> StartAsync()
    {
        var port = FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var fake = new FakeUserService(app, new Uri($"http://127.0.0.1:{port}/"));
        app.MapPost("/api/internal/credential-checks", (HttpContext http, CredentialCheckRequest request) =>
            fake.Authorized(http) ? Results.Ok(fake.Check(request)) : Results.StatusCode(StatusCodes.Status401Unauthorized));
        app.MapGet("/api/internal/accounts/{id:guid}", (HttpContext http, Guid id) =>
            !fake.Authorized(http) ? Results.StatusCode(StatusCodes.Status401Unauthorized)
            : fake._accounts.Values.FirstOrDefault(a => a.Summary.Id == id) is { } account ? Results.Ok(account.Summary)
            : Results.NotFound());
        await app.StartAsync();
        return fake;
    }

    public FakeAccount Add(string password, IReadOnlyList<string>? roles = null, string? twoFactorCode = null,
        CredentialCheckOutcome? refusal = null, DateTimeOffset? lockedOutUntil = null)
    {
        var id = Guid.CreateVersion7();
        var email = $"person-{id:N}@example.test";
        var account = new FakeAccount(
            new AccountSummary(id, email, $"Person {id.ToString("N")[..6]}", roles ?? ["learner"], EmailVerified: true, Active: true),
            password, twoFactorCode, refusal, lockedOutUntil);
        _accounts[email] = account;
        return account;
    }

    public void Deactivate(FakeAccount account) =>
        _accounts[account.Summary.Email] = account with { Summary = account.Summary with { Active = false } };

    private CredentialCheckResult Check(CredentialCheckRequest request)
    {
        if (!_accounts.TryGetValue(request.Email, out var account))
        {
            return new CredentialCheckResult(CredentialCheckOutcome.InvalidCredentials, null, null);
        }
        if (account.Refusal is { } refusal)
        {
            return new CredentialCheckResult(refusal, null, account.LockedOutUntil);
        }
        if (account.Password != request.Password)
        {
            return new CredentialCheckResult(CredentialCheckOutcome.InvalidCredentials, null, null);
        }
        if (account.TwoFactorCode is { } code)
        {
            if (request.TwoFactorCode is null)
            {
                return new CredentialCheckResult(CredentialCheckOutcome.TwoFactorRequired, null, null);
            }
            if (request.TwoFactorCode != code)
            {
                return new CredentialCheckResult(CredentialCheckOutcome.InvalidTwoFactorCode, null, null);
            }
        }
        return new CredentialCheckResult(CredentialCheckOutcome.Succeeded, account.Summary, null);
    }

    private bool Authorized(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }
        var token = header["Bearer ".Length..];
        if (!ValidateToken(token))
        {
            return false;
        }
        var payload = JsonDocument.Parse(Base64UrlDecode(token.Split('.')[1])).RootElement;
        var scope = payload.TryGetProperty("scope", out var value) ? value.GetString() ?? string.Empty : string.Empty;
        if (!scope.Split(' ').Contains(UserServiceScopes.CredentialCheck))
        {
            return false;
        }
        AcceptedScopes.Enqueue(scope);
        return true;
    }

    private static string Base64UrlDecode(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record FakeAccount(AccountSummary Summary, string Password, string? TwoFactorCode, CredentialCheckOutcome? Refusal, DateTimeOffset? LockedOutUntil)
{
    public string Email => Summary.Email;
}

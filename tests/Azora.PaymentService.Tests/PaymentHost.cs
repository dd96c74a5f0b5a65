using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.PaymentService.Data;
using Azora.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Azora.PaymentService.Tests;

/// <summary>payment-service started on its own, with helpers to open accounts and move money as a platform-admin.</summary>
internal sealed class PaymentHost : IAsyncDisposable
{
    public const string ServiceId = "payment-service";

    private readonly TestTokens _tokens;

    private PaymentHost(TestPlatform platform, TestTokens tokens, HttpClient admin, FakeTimeProvider clock)
    {
        Platform = platform;
        Clock = clock;
        _tokens = tokens;
        Admin = admin;
    }

    public TestPlatform Platform { get; }

    /// <summary>A platform-admin's client.</summary>
    public HttpClient Admin { get; }

    /// <summary>The service's clock; it starts at the real time so that the tokens are current.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Starts the service; <paramref name="configure"/> may add to the host's services (an interceptor, say).</summary>
    public static async Task<PaymentHost> StartAsync(IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var tokens = new TestTokens();
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var platform = await TestPlatform.StartAsync([ServiceId], settings, clock: clock, configure: builder =>
        {
            tokens.Trust(builder);
            configure?.Invoke(builder);
        });
        var admin = platform.Client(ServiceId);
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.ForAccount(Guid.CreateVersion7(), Roles.PlatformAdmin));
        return new PaymentHost(platform, tokens, admin, clock);
    }

    public HttpClient As(Guid account, params string[] roles) => WithToken(_tokens.ForAccount(account, roles));

    public HttpClient AsClient(string clientId, params string[] scopes) => WithToken(_tokens.ForClient(clientId, scopes));

    public HttpClient Anonymous() => Platform.Client(ServiceId);

    private HttpClient WithToken(string token)
    {
        var client = Platform.Client(ServiceId);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<Guid> OpenAsync(string currency = "ZAR", string kind = "wallet", bool? guarded = null, Guid? owner = null)
    {
        var response = await Admin.PostAsJsonAsync("/api/ledger/accounts",
            new { ownerId = owner ?? Guid.CreateVersion7(), currency, kind, guarded });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public Task<HttpResponseMessage> TransferAsync(
        Guid debit, Guid credit, long amount, string currency = "ZAR", Guid? id = null, Guid? reverses = null, string? reference = null) =>
        Admin.PostAsJsonAsync("/api/ledger/transfers", new
        {
            id = id ?? Guid.CreateVersion7(),
            debitAccountId = debit,
            creditAccountId = credit,
            amount,
            currency,
            reference,
            reverses,
        });

    /// <summary>Funds <paramref name="account"/> from a fresh unguarded provider-clearing account of the same currency.</summary>
    public async Task FundAsync(Guid account, long amount, string currency = "ZAR")
    {
        var clearing = await OpenAsync(currency, "provider-clearing");
        var response = await TransferAsync(clearing, account, amount, currency);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public async Task<long> BalanceAsync(Guid account) =>
        (await Admin.GetFromJsonAsync<JsonElement>($"/api/ledger/accounts/{account}")).GetProperty("balance").GetInt64();

    public async Task<T> QueryAsync<T>(Func<PaymentDbContext, Task<T>> query)
    {
        await using var scope = Platform.App.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PaymentDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Platform.DisposeAsync();
        _tokens.Dispose();
    }
}

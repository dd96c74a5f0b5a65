using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.PaymentService.Tests.Crash;

/// <summary>
/// A process killed in the middle of transfers: payment-service runs in a process of its own, takes hundreds of
/// concurrent transfers (each with its own id and Idempotency-Key), is killed with SIGKILL while most are still in
/// flight, starts again on the same database, and every transfer whose answer was lost is sent again. Then each
/// transfer is there exactly once with both its legs or not at all, and the books balance.
/// </summary>
internal static class CrashDrill
{
    public const int Transfers = 400;

    /// <summary>
    /// The process is killed as soon as the first answer is in: transfers are answered a committed group at a time, so
    /// by then many are still in flight (queued, or in the next group).
    /// </summary>
    public const int KillAfter = 1;

    private sealed record Account(Guid Id, string Currency, bool Guarded);

    private sealed record Planned(Guid Id, Account Debit, Account Credit, long Amount)
    {
        public object Body => new { id = Id, debitAccountId = Debit.Id, creditAccountId = Credit.Id, amount = Amount, currency = Debit.Currency };
    }

    public static async Task RunAsync(PaymentProcess.Storage storage)
    {
        await using var issuer = await TokenIssuer.StartAsync();
        var token = issuer.PlatformAdminToken();
        var written = new List<Planned>();
        var refused = new List<Planned>();
        List<Account> accounts;
        List<Planned> lost;

        await using (var first = await PaymentProcess.StartAsync(storage, issuer))
        {
            using var http = Client(first.Address, token);
            accounts = await OpenAccountsAsync(http);
            written.AddRange(await FundAsync(http, accounts));
            var planned = Plan(accounts);

            var answered = 0;
            var killNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var sends = planned.Select(async transfer =>
            {
                try
                {
                    return await SendAsync(http, transfer, Guid.NewGuid().ToString());
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    return (HttpStatusCode?)null;
                }
                finally
                {
                    if (Interlocked.Increment(ref answered) == KillAfter)
                    {
                        killNow.TrySetResult();
                    }
                }
            }).ToList();
            await killNow.Task;
            await first.KillAsync();
            var statuses = await Task.WhenAll(sends);

            var output = await first.OutputAsync();
            Assert.All(statuses.Where(s => s is not null), s => Assert.True(s is HttpStatusCode.Created or HttpStatusCode.UnprocessableEntity, $"Answered {s}: {output}"));
            written.AddRange(planned.Where((_, i) => statuses[i] == HttpStatusCode.Created));
            refused.AddRange(planned.Where((_, i) => statuses[i] == HttpStatusCode.UnprocessableEntity));
            lost = [.. planned.Where((_, i) => statuses[i] is null)];
        }
        Assert.NotEmpty(lost);

        await using var second = await PaymentProcess.StartAsync(storage, issuer);
        using var client = Client(second.Address, token);
        // The lost answers' keys may be left "in progress" by the dead process; the transfer id is what makes a retry safe.
        var retries = await Task.WhenAll(lost.Select(async t => (Transfer: t, Status: await SendAsync(client, t, Guid.NewGuid().ToString()))));
        if (retries.FirstOrDefault(r => r.Status is not (HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity)) is { Transfer: not null } failed)
        {
            await second.KillAsync();
            Assert.Fail($"A retry answered {failed.Status}: {await second.OutputAsync()}");
        }
        foreach (var (transfer, status) in retries)
        {
            (status == HttpStatusCode.UnprocessableEntity ? refused : written).Add(transfer);
        }

        await AssertBooksAsync(client, accounts, written, refused);
    }

    private static HttpClient Client(Uri address, string token)
    {
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, Planned transfer, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/ledger/transfers") { Content = JsonContent.Create(transfer.Body) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<List<Account>> OpenAccountsAsync(HttpClient http)
    {
        var accounts = new List<Account>();
        foreach (var (currency, kind, guarded) in new[]
        {
            ("ZAR", "provider-clearing", false), ("ZAR", "wallet", true), ("ZAR", "wallet", true), ("ZAR", "escrow", true), ("ZAR", "wallet", true),
            ("AZR", "provider-clearing", false), ("AZR", "wallet", true), ("AZR", "wallet", true),
        })
        {
            var response = await http.PostAsJsonAsync("api/ledger/accounts", new { ownerId = Guid.CreateVersion7(), currency, kind, guarded });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, body);
            accounts.Add(new Account(JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid(), currency, guarded));
        }
        return accounts;
    }

    /// <summary>Each guarded account gets some money from its currency's unguarded clearing account.</summary>
    private static async Task<List<Planned>> FundAsync(HttpClient http, List<Account> accounts)
    {
        var funding = accounts.Where(a => a.Guarded)
            .Select(a => new Planned(Guid.CreateVersion7(), accounts.First(c => !c.Guarded && c.Currency == a.Currency), a, 20_000))
            .ToList();
        foreach (var transfer in funding)
        {
            Assert.Equal(HttpStatusCode.Created, await SendAsync(http, transfer, Guid.NewGuid().ToString()));
        }
        return funding;
    }

    /// <summary>Transfers between random accounts of one currency; the guarded ones cannot afford them all.</summary>
    private static List<Planned> Plan(List<Account> accounts)
    {
        var random = new Random(5);
        return Enumerable.Range(0, Transfers).Select(_ =>
        {
            var currency = accounts[random.Next(accounts.Count)].Currency;
            var sameCurrency = accounts.Where(a => a.Currency == currency).ToList();
            var debit = sameCurrency[random.Next(sameCurrency.Count)];
            var credit = sameCurrency.Where(a => a != debit).ElementAt(random.Next(sameCurrency.Count - 1));
            return new Planned(Guid.CreateVersion7(), debit, credit, 1 + random.Next(1_500));
        }).ToList();
    }

    private static async Task AssertBooksAsync(HttpClient http, List<Account> accounts, List<Planned> written, List<Planned> refused)
    {
        foreach (var transfer in written)
        {
            var stored = await http.GetFromJsonAsync<JsonElement>($"api/ledger/transfers/{transfer.Id}");
            Assert.Equal(transfer.Debit.Id, stored.GetProperty("debitAccountId").GetGuid());
            Assert.Equal(transfer.Credit.Id, stored.GetProperty("creditAccountId").GetGuid());
            Assert.Equal(transfer.Amount, stored.GetProperty("amount").GetInt64());
        }
        foreach (var transfer in refused)
        {
            using var response = await http.GetAsync($"api/ledger/transfers/{transfer.Id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var balances = new Dictionary<Guid, long>();
        foreach (var account in accounts)
        {
            var read = await http.GetFromJsonAsync<JsonElement>($"api/ledger/accounts/{account.Id}");
            balances[account.Id] = read.GetProperty("balance").GetInt64();
            Assert.Equal(
                written.Where(t => t.Credit == account).Sum(t => t.Amount) - written.Where(t => t.Debit == account).Sum(t => t.Amount),
                balances[account.Id]);
            Assert.True(!account.Guarded || read.GetProperty("available").GetInt64() >= 0, $"Guarded account {account.Id} went below zero.");

            // Both legs, once each: the debit on the payer's statement and the credit on the payee's.
            var lines = await StatementAsync(http, account.Id);
            Assert.Equal(
                written.Where(t => t.Debit == account || t.Credit == account).Select(t => $"{t.Id} {(t.Credit == account ? "credit" : "debit")}").Order(),
                lines.Order());
        }
        foreach (var currency in accounts.GroupBy(a => a.Currency))
        {
            Assert.Equal(0, currency.Sum(a => balances[a.Id]));
        }
    }

    /// <summary>Every line of an account's statement as "transfer id direction", all pages.</summary>
    private static async Task<List<string>> StatementAsync(HttpClient http, Guid account)
    {
        var lines = new List<string>();
        string? cursor = null;
        do
        {
            var page = await http.GetFromJsonAsync<JsonElement>(
                $"api/ledger/accounts/{account}/statement?limit=100{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}");
            lines.AddRange(page.GetProperty("lines").EnumerateArray()
                .Select(l => $"{l.GetProperty("transferId").GetGuid()} {l.GetProperty("direction").GetString()}"));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return lines;
    }
}

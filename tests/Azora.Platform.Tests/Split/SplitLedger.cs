using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Azora.Platform.Tests.Split;

/// <summary>
/// payment-service's ledger through the gateway, as a platform-admin: transfers with ids the client chooses, which the
/// tests can look for afterwards, each with both its legs on the two accounts' statements.
/// </summary>
internal sealed class SplitLedger(Member admin)
{
    private const string Base = "/payment-service/api/ledger";

    public sealed record Answer(HttpStatusCode Status, string? ContentType, string? RetryAfter, string Body, bool Replayed);

    /// <summary>Opens an account of a new owner; a clearing account may go negative, a wallet may not.</summary>
    public async Task<Guid> OpenAccountAsync(string kind)
    {
        var opened = await admin.PostAsync($"{Base}/accounts", new { ownerId = Guid.CreateVersion7(), currency = "ZAR", kind, guarded = kind == "wallet" });
        return opened.GetProperty("id").GetGuid();
    }

    /// <summary>POSTs one transfer, with an Idempotency-Key when given one; the answer whatever it is.</summary>
    public async Task<Answer> TransferAsync(Guid id, Guid debit, Guid credit, long amount, string? key, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/transfers")
        {
            Content = JsonContent.Create(new { id, debitAccountId = debit, creditAccountId = credit, amount, currency = "ZAR" }),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        using var response = await admin.Client.SendAsync(request, cancellationToken);
        return new Answer(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            response.Headers.RetryAfter?.ToString(),
            await response.Content.ReadAsStringAsync(cancellationToken),
            response.Headers.TryGetValues("Idempotency-Replayed", out var replayed) && replayed.Contains("true"));
    }

    public async Task<HttpStatusCode> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await admin.Client.GetAsync(Base + path, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>The stored transfer's amount, or null when there is none with that id.</summary>
    public async Task<long?> StoredAmountAsync(Guid transfer)
    {
        using var response = await admin.Client.GetAsync($"{Base}/transfers/{transfer}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Reading transfer {transfer} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("amount").GetInt64();
    }

    public async Task<long> BalanceAsync(Guid account) =>
        (await admin.GetAsync($"{Base}/accounts/{account}")).GetProperty("balance").GetInt64();

    /// <summary>Every line of an account's statement as the transfer id it belongs to, all pages.</summary>
    public async Task<List<Guid>> StatementAsync(Guid account)
    {
        var lines = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await admin.GetAsync($"{Base}/accounts/{account}/statement?limit=100{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}");
            lines.AddRange(page.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("transferId").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return lines;
    }

    /// <summary>
    /// The books of two accounts that only the given transfers touched, each from <paramref name="debit"/> to
    /// <paramref name="credit"/>: each transfer stored once with its amount, one debit line and one credit line each, and
    /// balances that are exactly their sums.
    /// </summary>
    public async Task AssertBooksAsync(Guid debit, Guid credit, IReadOnlyDictionary<Guid, long> transfers)
    {
        foreach (var (id, amount) in transfers)
        {
            Assert.Equal(amount, await StoredAmountAsync(id));
        }
        Assert.Equal(transfers.Keys.Order(), (await StatementAsync(debit)).Order());
        Assert.Equal(transfers.Keys.Order(), (await StatementAsync(credit)).Order());
        Assert.Equal(-transfers.Values.Sum(), await BalanceAsync(debit));
        Assert.Equal(transfers.Values.Sum(), await BalanceAsync(credit));
    }
}

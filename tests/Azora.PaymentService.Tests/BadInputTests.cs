using System.Net;
using System.Net.Http.Json;
using System.Text;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Tests;

public sealed class BadInputTests : IAsyncLifetime
{
    private PaymentHost _host = null!;
    private Guid _zar;
    private Guid _otherZar;
    private Guid _usd;

    public async Task InitializeAsync()
    {
        _host = await PaymentHost.StartAsync();
        _zar = await _host.OpenAsync("ZAR", "provider-clearing");
        _otherZar = await _host.OpenAsync("ZAR");
        _usd = await _host.OpenAsync("USD");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> PostTransferAsync(string amount, string currency = "\"ZAR\"", Guid? credit = null) =>
        await _host.Admin.PostAsync("/api/ledger/transfers", new StringContent(
            $$"""{"id":"{{Guid.CreateVersion7()}}","debitAccountId":"{{_zar}}","creditAccountId":"{{credit ?? _otherZar}}","amount":{{amount}},"currency":{{currency}}}""",
            Encoding.UTF8, "application/json"));

    private async Task AssertNothingMovedAsync() =>
        Assert.Equal(0, await _host.QueryAsync(db => db.Transfers.CountAsync()));

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("12.5")]
    [InlineData("1e30")]
    [InlineData("1000000000000000001")]
    [InlineData("true")]
    [InlineData("null")]
    public async Task A_negative_fractional_huge_or_missing_amount_is_refused_naming_the_amount(string amount)
    {
        await Problems.AssertFieldErrorAsync(await PostTransferAsync(amount), "amount");
        await AssertNothingMovedAsync();
    }

    [Theory]
    [InlineData("\"zar\"")]
    [InlineData("\"XYZ\"")]
    [InlineData("\"ZA\"")]
    [InlineData("\"\"")]
    [InlineData("42")]
    public async Task An_unknown_or_misspelt_currency_is_refused_naming_the_currency(string currency)
    {
        await Problems.AssertFieldErrorAsync(await PostTransferAsync("100", currency), "currency");
        await AssertNothingMovedAsync();
    }

    [Fact]
    public async Task Accounts_of_another_currency_are_refused_naming_the_currency()
    {
        await Problems.AssertFieldErrorAsync(await PostTransferAsync("100", credit: _usd), "currency");
        await Problems.AssertFieldErrorAsync(await PostTransferAsync("100", "\"USD\""), "currency");
        await AssertNothingMovedAsync();
    }

    [Fact]
    public async Task Unknown_accounts_or_the_same_account_on_both_sides_are_refused_naming_the_field()
    {
        await Problems.AssertFieldErrorAsync(await PostTransferAsync("100", credit: Guid.CreateVersion7()), "creditAccountId");
        await Problems.AssertFieldErrorAsync(await PostTransferAsync("100", credit: _zar), "creditAccountId");
        await AssertNothingMovedAsync();
    }

    [Theory]
    [InlineData("""{"id":"not-a-guid","debitAccountId":"DEBIT","creditAccountId":"CREDIT","amount":1,"currency":"ZAR"}""", "id")]
    [InlineData("""{"id":"00000000-0000-0000-0000-000000000000","debitAccountId":"DEBIT","creditAccountId":"CREDIT","amount":1,"currency":"ZAR"}""", "id")]
    [InlineData("""{"debitAccountId":"DEBIT","creditAccountId":"CREDIT","amount":1,"currency":"ZAR"}""", "id")]
    [InlineData("""{"id":"ID","debitAccountId":12,"creditAccountId":"CREDIT","amount":1,"currency":"ZAR"}""", "debitAccountId")]
    [InlineData("""{"id":"ID","debitAccountId":"DEBIT","creditAccountId":"CREDIT","amount":1,"currency":"ZAR","reference":["x"]}""", "reference")]
    public async Task Malformed_fields_are_refused_naming_the_field(string json, string field)
    {
        var body = json.Replace("DEBIT", _zar.ToString(), StringComparison.Ordinal)
            .Replace("CREDIT", _otherZar.ToString(), StringComparison.Ordinal)
            .Replace("\"ID\"", $"\"{Guid.CreateVersion7()}\"", StringComparison.Ordinal);

        var response = await _host.Admin.PostAsync("/api/ledger/transfers", new StringContent(body, Encoding.UTF8, "application/json"));

        await Problems.AssertFieldErrorAsync(response, field);
        await AssertNothingMovedAsync();
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_and_moves_nothing()
    {
        var response = await _host.Admin.PostAsync("/api/ledger/transfers", new StringContent("{\"amount\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertNothingMovedAsync();
    }

    [Theory]
    [InlineData("""{"ownerId":"OWNER","currency":"usd","kind":"wallet"}""", "currency")]
    [InlineData("""{"ownerId":"OWNER","currency":"ZAR","kind":"piggy-bank"}""", "kind")]
    [InlineData("""{"currency":"ZAR","kind":"wallet"}""", "ownerId")]
    [InlineData("""{"ownerId":"OWNER","currency":"ZAR","kind":"wallet","guarded":"yes"}""", "guarded")]
    public async Task A_bad_account_is_refused_naming_the_field(string json, string field)
    {
        var body = json.Replace("OWNER", Guid.CreateVersion7().ToString(), StringComparison.Ordinal);

        var response = await _host.Admin.PostAsync("/api/ledger/accounts", new StringContent(body, Encoding.UTF8, "application/json"));

        await Problems.AssertFieldErrorAsync(response, field);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=ten", "limit")]
    [InlineData("?cursor=%%%", "cursor")]
    [InlineData("?ownerId=someone", "ownerId")]
    public async Task A_bad_account_list_request_is_refused_naming_the_parameter(string query, string field)
    {
        await Problems.AssertFieldErrorAsync(await _host.Admin.GetAsync("/api/ledger/accounts" + query), field);
    }

    [Fact]
    public async Task An_empty_or_duplicate_batch_is_refused_and_moves_nothing()
    {
        var id = Guid.CreateVersion7();
        var leg = new { id, debitAccountId = _zar, creditAccountId = _otherZar, amount = 5, currency = "ZAR" };

        await Problems.AssertFieldErrorAsync(await _host.Admin.PostAsJsonAsync("/api/ledger/transfers/batch", new { transfers = Array.Empty<object>() }), "transfers");
        await Problems.AssertFieldErrorAsync(await _host.Admin.PostAsJsonAsync("/api/ledger/transfers/batch", new { transfers = new[] { leg, leg } }), "transfers");
        await Problems.AssertFieldErrorAsync(
            await _host.Admin.PostAsJsonAsync("/api/ledger/transfers/batch", new { transfers = new object[] { leg, new { id = Guid.CreateVersion7(), amount = -1 } } }),
            "transfers[1].amount");
        await AssertNothingMovedAsync();
    }
}

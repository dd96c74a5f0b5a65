using System.Data.Common;
using Azora.PaymentService.Data;
using Azora.PaymentService.Domain;
using Azora.PaymentService.Ledger;
using Azora.PaymentService.Tests.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.PaymentService.Tests;

/// <summary>A transfer interrupted before its commit leaves none of it, whichever writer wrote it.</summary>
public sealed class AtomicityTests : IAsyncLifetime
{
    private PaymentHost _host = null!;

    public async Task InitializeAsync() => _host = await PaymentHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_writer_that_dies_after_moving_the_balances_and_before_its_commit_leaves_no_trace()
    {
        var alice = await _host.OpenAsync();
        var bob = await _host.OpenAsync();
        await _host.FundAsync(alice, 1_000);
        var services = _host.Platform.App.Services;
        var options = new DbContextOptionsBuilder<PaymentSqliteContext>(services.GetRequiredService<DbContextOptions<PaymentSqliteContext>>())
            .AddInterceptors(new DieAfterPosting())
            .Options;
        var terms = new TransferTerms(Guid.CreateVersion7(), alice, bob, 400, "ZAR", null, null);

        await using (var db = new PaymentSqliteContext(options))
        {
            var writer = new TransferGroupWriter(db, services.GetRequiredService<LedgerWriteGate>(), new LedgerWriter(db, _host.Clock), _host.Clock);
            var failed = await Assert.ThrowsAsync<DbUpdateException>(() => writer.WriteAsync([[terms]], CancellationToken.None));
            Assert.IsType<WriterDied>(failed.InnerException);
        }

        Assert.Equal(1_000, await _host.BalanceAsync(alice));
        Assert.Equal(0, await _host.BalanceAsync(bob));
        Assert.False(await _host.QueryAsync(db => db.Transfers.AnyAsync(t => t.Id == terms.Id)));
        await _host.AssertLedgerHoldsAsync();
        Assert.Equal(System.Net.HttpStatusCode.Created, (await _host.TransferAsync(alice, bob, 400, id: terms.Id)).StatusCode);
        Assert.Equal(600, await _host.BalanceAsync(alice));
        await _host.AssertLedgerHoldsAsync();
    }

    [Fact]
    public async Task A_change_whose_writer_dies_after_the_debit_and_before_the_credit_leaves_no_trace()
    {
        var alice = await _host.OpenAsync();
        var bob = await _host.OpenAsync();
        await _host.FundAsync(alice, 1_000);
        var services = _host.Platform.App.Services;
        var options = new DbContextOptionsBuilder<PaymentSqliteContext>(services.GetRequiredService<DbContextOptions<PaymentSqliteContext>>())
            .AddInterceptors(new DieOnSecondPosting())
            .Options;
        var terms = new TransferTerms(Guid.CreateVersion7(), alice, bob, 400, "ZAR", null, null);

        await using (var db = new PaymentSqliteContext(options))
        await using (await db.Database.BeginTransactionAsync())
        {
            await Assert.ThrowsAsync<WriterDied>(() => new LedgerWriter(db, _host.Clock).WriteWithinAsync([terms], CancellationToken.None));
        }

        Assert.Equal(1_000, await _host.BalanceAsync(alice));
        Assert.Equal(0, await _host.BalanceAsync(bob));
        Assert.False(await _host.QueryAsync(db => db.Transfers.AnyAsync(t => t.Id == terms.Id)));
        await _host.AssertLedgerHoldsAsync();
    }

    /// <summary>Lets the first balance update of a transfer through and kills the writer at the second.</summary>
    private sealed class DieOnSecondPosting : DbCommandInterceptor
    {
        private int _postings;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.StartsWith("UPDATE", StringComparison.Ordinal) && command.CommandText.Contains("accounts", StringComparison.Ordinal)
                && Interlocked.Increment(ref _postings) == 2)
            {
                throw new WriterDied();
            }
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    /// <summary>Kills the writer right after the balance updates ran in its transaction, before it commits.</summary>
    private sealed class DieAfterPosting : DbCommandInterceptor
    {
        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
            Posts(command) ? throw new WriterDied() : base.ReaderExecutedAsync(command, eventData, result, cancellationToken);

        public override ValueTask<int> NonQueryExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
            Posts(command) ? throw new WriterDied() : base.NonQueryExecutedAsync(command, eventData, result, cancellationToken);

        private static bool Posts(DbCommand command) =>
            command.CommandText.Contains("UPDATE", StringComparison.Ordinal) && command.CommandText.Contains("accounts", StringComparison.Ordinal);
    }

    private sealed class WriterDied() : Exception("The writer died before it committed.");
}

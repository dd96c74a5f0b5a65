using Azora.Messaging.Tests.Ledger;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.EntityFrameworkCore;
using Wolverine.Persistence.Durability;

namespace Azora.Messaging.Tests;

/// <summary>The transactional outbox as services use it, run on each database the platform supports.</summary>
public abstract class OutboxTests
{
    /// <summary>A platform configuration pointing at a new, empty database.</summary>
    protected abstract Task<PlatformOptions> NewPlatformAsync();

    [Fact]
    public async Task A_committed_event_is_handled()
    {
        await using var ledger = await LedgerHost.StartAsync(await NewPlatformAsync());
        var entry = NewEntry();

        await using (var scope = ledger.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<LedgerContext>>();
            outbox.DbContext.Entries.Add(entry);
            await outbox.PublishAsync(new CreditRecorded(entry.Id, entry.Account, entry.Amount));
            await outbox.SaveChangesAndFlushMessagesAsync();
        }

        await ledger.WaitForCreditAsync(entry.Id);
        var handled = await ledger.Services.GetRequiredService<IMessageStore>().Admin.AllIncomingAsync();
        Assert.Contains(handled, envelope => envelope.MessageType == "tests.credit-recorded.v1");
    }

    [Fact]
    public async Task A_rolled_back_transaction_publishes_nothing()
    {
        await using var ledger = await LedgerHost.StartAsync(await NewPlatformAsync());
        var rolledBack = NewEntry();

        await using (var scope = ledger.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<LedgerContext>>();
            await using var transaction = await outbox.DbContext.Database.BeginTransactionAsync();
            outbox.DbContext.Entries.Add(rolledBack);
            await outbox.PublishAsync(new CreditRecorded(rolledBack.Id, rolledBack.Account, rolledBack.Amount));
            await outbox.DbContext.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        // A later event that commits goes through the same queue, so once it is handled the first would have been too.
        var committed = NewEntry();
        await using (var scope = ledger.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<LedgerContext>>();
            outbox.DbContext.Entries.Add(committed);
            await outbox.PublishAsync(new CreditRecorded(committed.Id, committed.Account, committed.Amount));
            await outbox.SaveChangesAndFlushMessagesAsync();
        }
        await ledger.WaitForCreditAsync(committed.Id);

        Assert.False(await ledger.QueryAsync(db => db.Entries.AnyAsync(e => e.Id == rolledBack.Id)));
        Assert.False(await ledger.QueryAsync(db => db.ReceivedCredits.AnyAsync(c => c.EntryId == rolledBack.Id)));
        // Sent envelopes leave the outbox; one that the rollback failed to remove would stay there for good.
        var store = ledger.Services.GetRequiredService<IMessageStore>();
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while ((await store.Admin.AllOutgoingAsync()).Count > 0)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "An envelope is still waiting in the outbox.");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_commit_of_an_open_transaction_sets_no_savepoint_where_a_plain_save_sets_one()
    {
        await using var ledger = await LedgerHost.StartAsync(await NewPlatformAsync());
        var withoutSavepoint = NewEntry();
        var withSavepoint = NewEntry();

        Assert.Equal(0, await SavepointsOfAsync(withoutSavepoint, outbox => outbox.CommitOpenTransactionAsync(CancellationToken.None)));
        Assert.Equal(1, await SavepointsOfAsync(withSavepoint, outbox => outbox.SaveChangesAndFlushMessagesAsync()));

        await ledger.WaitForCreditAsync(withoutSavepoint.Id);
        await ledger.WaitForCreditAsync(withSavepoint.Id);

        // The savepoints that save sets when it commits the entry and its event, in the transaction the outbox opened for the envelope.
        async Task<int> SavepointsOfAsync(LedgerEntry entry, Func<IDbContextOutbox<LedgerContext>, Task> save)
        {
            await using var scope = ledger.Services.CreateAsyncScope();
            var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<LedgerContext>>();
            using var savepoints = new SavepointWatch(outbox.DbContext);
            outbox.DbContext.Entries.Add(entry);
            await outbox.PublishAsync(new CreditRecorded(entry.Id, entry.Account, entry.Amount));
            await save(outbox);
            Assert.True(outbox.DbContext.Database.AutoSavepointsEnabled);
            return savepoints.Created;
        }
    }

    [Fact]
    public async Task An_event_committed_just_before_the_process_dies_is_delivered_after_restart()
    {
        var platform = await NewPlatformAsync();
        var entryId = Guid.CreateVersion7();

        await CrashingLedger.CommitAndKillAsync(platform, entryId);

        Assert.True(await LedgerHost.ReadAsync(platform, db => db.Entries.AnyAsync(e => e.Id == entryId)));
        Assert.False(await LedgerHost.ReadAsync(platform, db => db.ReceivedCredits.AnyAsync(c => c.EntryId == entryId)),
            "The event was handled before the process died, so this test proves nothing.");
        await using var restarted = await LedgerHost.StartAsync(platform);
        // On PostgreSQL the dead node's envelopes move on once its heartbeat is judged stale (about half a minute).
        await restarted.WaitForCreditAsync(entryId, within: TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task A_handler_that_commits_with_its_inbox_mark_marks_the_message_handled_in_its_own_transaction()
    {
        await using var ledger = await LedgerHost.StartAsync(await NewPlatformAsync());
        var entryId = Guid.CreateVersion7();

        await using (var scope = ledger.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<LedgerContext>>();
            await outbox.PublishAsync(new CreditSettled(entryId));
            await outbox.SaveChangesAndFlushMessagesAsync();
        }

        await ledger.WaitForCreditAsync(entryId);
        // Wolverine marks a message handled after its handler returns; here the handler's own transaction had marked it already.
        Assert.True(CreditSettledHandler.StatusBeforeCommit.TryGetValue(entryId, out var status));
        Assert.Equal("Handled", status);
        var inbox = await ledger.Services.GetRequiredService<IMessageStore>().Admin.AllIncomingAsync();
        Assert.Contains(inbox, envelope => envelope.MessageType == "tests.credit-settled.v1" && envelope.Status == Wolverine.EnvelopeStatus.Handled);
    }

    [Fact]
    public async Task A_redelivered_message_is_handled_once()
    {
        await using var ledger = await LedgerHost.StartAsync(await NewPlatformAsync());
        var message = new CreditRecorded(Guid.CreateVersion7(), "learner-1", 500);
        var envelope = new Wolverine.Envelope(message) { Id = Guid.CreateVersion7() };

        for (var delivery = 0; delivery < 2; delivery++)
        {
            await using var scope = ledger.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LedgerContext>();
            await CreditRecordedHandler.Handle(message, envelope, db, TimeProvider.System, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await ledger.QueryAsync(db => db.ReceivedCredits.CountAsync(c => c.EntryId == message.EntryId)));
    }

    private static LedgerEntry NewEntry() => new() { Id = Guid.CreateVersion7(), Account = "learner-1", Amount = 1_000 };
}

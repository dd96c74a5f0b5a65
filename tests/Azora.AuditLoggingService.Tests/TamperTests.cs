using Azora.AuditLoggingService.Data;
using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Tests;

/// <summary>Whoever edits a stored row, even with database access, is caught and the entry is named.</summary>
public sealed class TamperTests : IAsyncLifetime
{
    private AuditLogHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AuditLogHost.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            await _host.AppendAsync(AuditLogHost.Event(actorId: $"user-{i}"));
        }
        await _host.SignTreeHeadAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_untouched_log_holds()
    {
        var result = await Verification.RunAsync(_host);

        Assert.True(result.Holds);
        Assert.Equal(10, result.EntryCount);
        Assert.Equal(1, result.TreeHeadCount);
    }

    [Fact]
    public async Task Changing_one_byte_of_one_stored_entry_fails_verification_naming_the_entry()
    {
        var tampered = await _host.QueryAsync(async db =>
        {
            var entry = await db.Entries.SingleAsync(e => e.LeafIndex == 6);
            var content = entry.Content.ToArray();
            var at = Array.IndexOf(content, (byte)'u'); // a letter of the action, "account.signed-in"
            content[at] = (byte)'v';
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE audit_logging_service_entries SET Content = {content} WHERE LeafIndex = 6");
            return entry.Id;
        });

        var result = await Verification.RunAsync(_host);

        Assert.False(result.Holds);
        var fault = Assert.Single(result.Faults, f => f.LeafIndex is not null);
        Assert.Equal((6L, tampered), (fault.LeafIndex, fault.EntryId));
        Assert.Contains(result.Faults, f => f.TreeSize == 10 && f.Problem.Contains("root", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rewriting_an_entry_with_a_matching_leaf_hash_still_breaks_the_signed_root()
    {
        await _host.QueryAsync(async db =>
        {
            var entry = await db.Entries.SingleAsync(e => e.LeafIndex == 3);
            var content = entry.Content.ToArray();
            content[Array.IndexOf(content, (byte)'u')] = (byte)'v';
            var leafHash = Domain.MerkleHash.Leaf(content);
            return await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE audit_logging_service_entries SET Content = {content}, LeafHash = {leafHash} WHERE LeafIndex = 3");
        });

        var result = await Verification.RunAsync(_host);

        Assert.False(result.Holds);
        Assert.Contains(result.Faults, f => f.LeafIndex == 3);
        Assert.Contains(result.Faults, f => f.TreeSize == 10);
    }

    [Fact]
    public async Task Editing_a_searchable_column_is_caught_naming_the_entry()
    {
        await _host.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE audit_logging_service_entries SET ActorId = 'someone-else' WHERE LeafIndex = 2"));

        var result = await Verification.RunAsync(_host);

        var fault = Assert.Single(result.Faults);
        Assert.Equal(2, fault.LeafIndex);
    }

    [Fact]
    public async Task A_forged_tree_head_signature_is_caught()
    {
        await _host.QueryAsync(async db =>
        {
            var head = await db.TreeHeads.SingleAsync();
            var signature = head.Signature.ToArray();
            signature[0] ^= 1;
            return await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE audit_logging_service_tree_heads SET Signature = {signature}");
        });

        var result = await Verification.RunAsync(_host);

        var fault = Assert.Single(result.Faults);
        Assert.Equal(10, fault.TreeSize);
    }
}

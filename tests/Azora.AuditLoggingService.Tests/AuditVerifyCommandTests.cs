using Microsoft.EntityFrameworkCore;

namespace Azora.AuditLoggingService.Tests;

/// <summary><c>azora audit verify</c> against the data directory of a running platform.</summary>
public sealed class AuditVerifyCommandTests : IAsyncLifetime
{
    private AuditLogHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AuditLogHost.StartAsync();
        for (var i = 0; i < 5; i++)
        {
            await _host.AppendAsync(AuditLogHost.Event(actorId: $"user-{i}"));
        }
        await _host.SignTreeHeadAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_intact_log_verifies_with_exit_code_zero_then_one_changed_byte_fails_naming_the_entry()
    {
        var intact = await AzoraProcess.RunAsync("audit", "verify", "--data", _host.Platform.DataDirectory);

        Assert.True(intact.ExitCode == 0, intact.Output);
        Assert.Contains("5 entries and 1 signed tree head verified", intact.Output, StringComparison.Ordinal);

        var entryId = await _host.QueryAsync(async db =>
        {
            var entry = await db.Entries.SingleAsync(e => e.LeafIndex == 3);
            var content = entry.Content.ToArray();
            content[^3] ^= 0x01;
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE audit_logging_service_entries SET Content = {content} WHERE LeafIndex = 3");
            return entry.Id;
        });
        var tampered = await AzoraProcess.RunAsync("audit", "verify", "--data", _host.Platform.DataDirectory);

        Assert.Equal(1, tampered.ExitCode);
        Assert.Contains($"entry 3 ({entryId})", tampered.Output, StringComparison.Ordinal);
    }
}

using Azora.PaymentService.Domain;
using Azora.PaymentService.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.PaymentService.Tests.Payments;

/// <summary>The accounts payments and rewards use are opened once, and found again from memory after the first time.</summary>
public sealed class PlatformAccountsTests : IAsyncLifetime
{
    private PaymentHost _host = null!;

    public async Task InitializeAsync() => _host = await PaymentHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private PlatformAccounts Accounts => _host.Platform.App.Services.GetRequiredService<PlatformAccounts>();

    [Fact]
    public async Task First_uses_at_once_open_one_wallet_and_all_get_its_id()
    {
        var owner = Guid.CreateVersion7();

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Accounts.WalletAsync(owner, "AZR", CancellationToken.None))));

        var stored = await _host.QueryAsync(db => db.Accounts.Where(a => a.OwnerId == owner).ToListAsync());
        var wallet = Assert.Single(stored);
        Assert.All(ids, id => Assert.Equal(wallet.Id, id));
        Assert.Equal(AccountKind.Wallet, wallet.Kind);
        Assert.True(wallet.Guarded);
    }

    [Fact]
    public async Task An_account_found_once_is_found_again_without_reading_the_database()
    {
        var owner = Guid.CreateVersion7();
        var wallet = await Accounts.WalletAsync(owner, "AZR", CancellationToken.None);
        var rewards = await Accounts.PlatformAsync(AccountKind.Rewards, "AZR", CancellationToken.None);

        // Take the rows away behind its back: only an answer from memory still names them.
        await _host.QueryAsync(db => db.Accounts.Where(a => a.Id == wallet).ExecuteDeleteAsync());

        Assert.Equal(wallet, await Accounts.WalletAsync(owner, "AZR", CancellationToken.None));
        Assert.Equal(rewards, await Accounts.PlatformAsync(AccountKind.Rewards, "AZR", CancellationToken.None));
        Assert.Equal(0, await _host.QueryAsync(db => db.Accounts.CountAsync(a => a.OwnerId == owner)));
    }
}

namespace Azora.PaymentService.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Fifty_concurrent_transfers_out_of_a_guarded_account_on_sqlite_succeed_exactly_as_far_as_it_can_afford()
    {
        await using var host = await PaymentHost.StartAsync();

        await ConcurrentDebits.AssertExactlyTheAffordableSucceedAsync(host);
    }

    [Fact]
    public async Task Two_hundred_concurrent_transfers_into_and_out_of_one_hot_guarded_account_on_sqlite_never_overdraw_it()
    {
        await using var host = await PaymentHost.StartAsync();

        await HotAccount.AssertNeverOverdrawnAsync(host);
    }
}

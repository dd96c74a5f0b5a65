using Azora.Testing.Postgres;

namespace Azora.PaymentService.Tests.Crash;

public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task A_process_killed_in_the_middle_of_transfers_on_sqlite_leaves_each_of_them_whole_or_absent()
    {
        var data = Directory.CreateTempSubdirectory("azora-crash-");
        try
        {
            await CrashDrill.RunAsync(new PaymentProcess.Storage(data.FullName, null));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}

[Collection(PostgresFixture.Collection)]
public sealed class PostgresCrashRecoveryTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_process_killed_in_the_middle_of_transfers_on_postgresql_leaves_each_of_them_whole_or_absent()
    {
        var data = Directory.CreateTempSubdirectory("azora-crash-");
        try
        {
            await CrashDrill.RunAsync(new PaymentProcess.Storage(data.FullName, await postgres.Server.CreateDatabaseAsync()));
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}

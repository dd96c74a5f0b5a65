using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts.UserService;
using Azora.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.Tracking;

namespace Azora.UserService.Tests;

/// <summary>
/// With a subscriber in the process, an account event travels the whole way: written to Wolverine's store in the
/// registration's own transaction on the shared SQLite file, then delivered through a durable local queue.
/// </summary>
public sealed class AccountEventDeliveryTests : IAsyncLifetime
{
    private TestPlatform _platform = null!;

    public async Task InitializeAsync() =>
        _platform = await TestPlatform.StartAsync([UserServiceFixture.ServiceId], configure: builder =>
        {
            builder.Services.AddSingleton<ReceivedAccountEvents>();
            builder.Services.ConfigureWolverine(options => options.Discovery.IncludeAssembly(typeof(AccountRegisteredHandler).Assembly));
        });

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Fact]
    public async Task A_subscriber_receives_the_registration_through_the_durable_store()
    {
        using var client = _platform.Client(UserServiceFixture.ServiceId);
        var email = UserServiceFixture.NewEmail();
        HttpResponseMessage? response = null;

        await _platform.App.TrackActivity()
            .Timeout(TimeSpan.FromSeconds(30))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
                response = await client.PostAsJsonAsync("/api/accounts", new { email, password = UserServiceFixture.NewPassword(), displayName = "Thandi" })));

        Assert.Equal(HttpStatusCode.Created, response!.StatusCode);
        var accountId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var received = Assert.Single(_platform.App.Services.GetRequiredService<ReceivedAccountEvents>().Registered);
        Assert.Equal((accountId, email), (received.AccountId, received.Email));
        var stored = await _platform.App.Services.GetRequiredService<IMessageStore>().Admin.AllIncomingAsync();
        Assert.Contains(stored, envelope => envelope.MessageType == "user-service.account-registered.v1");
    }

    [Fact]
    public async Task A_refused_registration_reaches_no_subscriber()
    {
        using var client = _platform.Client(UserServiceFixture.ServiceId);

        await _platform.App.TrackActivity()
            .Timeout(TimeSpan.FromSeconds(30))
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
            {
                var weak = await client.PostAsJsonAsync("/api/accounts", new { email = UserServiceFixture.NewEmail(), password = "aaaaaaaaaaaa1", displayName = "Thandi" });
                Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
            }));

        Assert.Empty(_platform.App.Services.GetRequiredService<ReceivedAccountEvents>().Registered);
        var stored = await _platform.App.Services.GetRequiredService<IMessageStore>().Admin.AllIncomingAsync();
        Assert.DoesNotContain(stored, envelope => envelope.MessageType == "user-service.account-registered.v1");
    }
}

using System.Net;
using System.Net.Http.Json;
using Azora.Contracts;
using Azora.Contracts.UserService;
using Azora.Testing;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.EntityFrameworkCore;

namespace Azora.UserService.Tests;

/// <summary>Account changes announce themselves through the outbox, in the same transaction as the change.</summary>
[Collection(UserServiceCollection.Name)]
public sealed class AccountEventTests(UserServiceFixture fixture)
{
    [Fact]
    public async Task Identity_saves_inside_the_transaction_the_outbox_commits()
    {
        var id = Guid.CreateVersion7();
        await using (var scope = fixture.Platform.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<UserDbContext>();
            Assert.Same(db, scope.ServiceProvider.GetRequiredService<IDbContextOutbox<UserDbContext>>().DbContext);

            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            await using var change = await db.Database.BeginTransactionAsync();
            var account = new Account { Id = id, UserName = id.ToString("N"), Email = UserServiceFixture.NewEmail(), DisplayName = "Thandi" };
            Assert.True((await users.CreateAsync(account, UserServiceFixture.NewPassword())).Succeeded);
            await change.RollbackAsync();
        }

        await using var later = fixture.Platform.App.Services.CreateAsyncScope();
        Assert.Null(await later.ServiceProvider.GetRequiredService<UserManager<Account>>().FindByIdAsync(id.ToString()));
    }

    [Fact]
    public async Task Registering_publishes_one_account_registered_event_for_the_new_account()
    {
        using var client = fixture.Anonymous();
        (Guid Id, string Email, string Password) account = default;

        var published = await PublishedEvents.DuringAsync<AccountRegistered>(fixture.Platform, async () => account = await Accounts.RegisterAsync(client));

        var registered = Assert.Single(published);
        Assert.Equal(account.Id, registered.AccountId);
        Assert.Equal(account.Email, registered.Email);
    }

    [Fact]
    public async Task A_refused_registration_publishes_nothing()
    {
        using var client = fixture.Anonymous();
        var existing = await Accounts.RegisterAsync(client);

        var published = await PublishedEvents.DuringAsync<AccountRegistered>(fixture.Platform, async () =>
        {
            var duplicate = await client.PostAsJsonAsync("/api/accounts",
                new { email = existing.Email, password = UserServiceFixture.NewPassword(), displayName = "Someone else" });
            Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
            var weak = await client.PostAsJsonAsync("/api/accounts",
                new { email = UserServiceFixture.NewEmail(), password = "aaaaaaaaaaaa1", displayName = "Thandi" });
            Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        });

        Assert.Empty(published);
    }

    [Fact]
    public async Task Granting_and_removing_a_role_each_publish_the_roles_that_result()
    {
        var (admin, _) = await fixture.ProvisionAsync(Roles.PlatformAdmin);
        var (learner, _) = await fixture.ProvisionAsync(Roles.Learner);
        using var client = fixture.AsAccount(admin.Id, Roles.PlatformAdmin);

        var granted = await PublishedEvents.DuringAsync<AccountRolesChanged>(fixture.Platform, async () =>
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"/api/accounts/{learner.Id}/roles/{Roles.Instructor}", null)).StatusCode));
        var removed = await PublishedEvents.DuringAsync<AccountRolesChanged>(fixture.Platform, async () =>
            Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/accounts/{learner.Id}/roles/{Roles.Learner}")).StatusCode));

        var grant = Assert.Single(granted);
        Assert.Equal((learner.Id, admin.Id), (grant.AccountId, grant.ChangedBy));
        Assert.Equal([Roles.Instructor, Roles.Learner], grant.Roles);
        var removal = Assert.Single(removed);
        Assert.Equal(learner.Id, removal.AccountId);
        Assert.Equal([Roles.Instructor], removal.Roles);
    }

    [Fact]
    public async Task A_role_request_that_changes_nothing_publishes_nothing()
    {
        var (admin, _) = await fixture.ProvisionAsync(Roles.PlatformAdmin);
        var (learner, _) = await fixture.ProvisionAsync(Roles.Learner);
        using var client = fixture.AsAccount(admin.Id, Roles.PlatformAdmin);

        var published = await PublishedEvents.DuringAsync<AccountRolesChanged>(fixture.Platform, async () =>
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsync($"/api/accounts/{learner.Id}/roles/{Roles.Learner}", null)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync($"/api/accounts/{learner.Id}/roles/{Roles.Instructor}")).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/accounts/{admin.Id}/roles/{Roles.PlatformAdmin}")).StatusCode);
        });

        Assert.Empty(published);
    }

    [Fact]
    public async Task An_event_cannot_be_committed_without_the_transaction_of_its_change()
    {
        await using var scope = fixture.Platform.App.Services.CreateAsyncScope();
        var events = scope.ServiceProvider.GetRequiredService<AccountEventOutbox>();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            events.CommitAsync(new AccountRegistered(Guid.CreateVersion7(), UserServiceFixture.NewEmail(), fixture.Clock.GetUtcNow()), CancellationToken.None));
    }
}

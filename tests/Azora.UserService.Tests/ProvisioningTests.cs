using Azora.Contracts;
using Azora.Contracts.UserService;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.UserService.Tests;

[Collection(UserServiceCollection.Name)]
public sealed class ProvisioningTests(UserServiceFixture fixture)
{
    private IAccountProvisioner Provisioner => fixture.Platform.App.Services.GetRequiredService<IAccountProvisioner>();

    [Fact]
    public async Task The_operator_creates_a_verified_platform_admin_who_can_sign_in()
    {
        var email = UserServiceFixture.NewEmail();
        var password = UserServiceFixture.NewPassword();
        var result = await Provisioner.CreateAsync(email, password, [Roles.PlatformAdmin], CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.True(result.Account!.EmailVerified);
        Assert.Equal([Roles.PlatformAdmin], result.Account.Roles);
        var check = await fixture.CheckAsync(email, password);
        Assert.Equal(CredentialCheckOutcome.Succeeded, check.Outcome);
        Assert.Equal([Roles.PlatformAdmin], check.Account!.Roles);
    }

    [Fact]
    public async Task Every_platform_role_can_be_given_including_auditor()
    {
        var result = await Provisioner.CreateAsync(UserServiceFixture.NewEmail(), UserServiceFixture.NewPassword(), [.. Roles.All], CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), result.Account!.Roles.Order(StringComparer.Ordinal));
        Assert.Contains(Roles.Auditor, result.Account.Roles);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("passwordpassword")]
    public async Task A_weak_password_is_refused_with_the_reasons(string password)
    {
        var result = await Provisioner.CreateAsync(UserServiceFixture.NewEmail(), password, [Roles.PlatformAdmin], CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task An_unknown_role_or_a_taken_email_is_refused()
    {
        var (existing, _) = await fixture.ProvisionAsync(Roles.Learner);
        var unknownRole = await Provisioner.CreateAsync(UserServiceFixture.NewEmail(), UserServiceFixture.NewPassword(), ["overlord"], CancellationToken.None);
        var taken = await Provisioner.CreateAsync(existing.Email, UserServiceFixture.NewPassword(), [Roles.Learner], CancellationToken.None);
        Assert.Contains(unknownRole.Errors, e => e.Contains("overlord", StringComparison.Ordinal));
        Assert.False(taken.Succeeded);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Contracts.UserService;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Seeding;

/// <summary>
/// One demo account per role, <c>&lt;role&gt;@demo.azora.test</c>, created through user-service's provisioning and
/// signed in through session-service's password grant like the command-line client.
/// </summary>
public sealed class DemoAccounts(IServiceProvider services, HttpClient sessionService, HttpClient gateway, string password)
{
    public const string Domain = "demo.azora.test";
    private const string CliClient = "azora-cli";

    public static string EmailOf(string role) => $"{role}@{Domain}";

    /// <summary>Signs in the role's demo account, creating it first when it does not exist.</summary>
    public async Task<ApiCaller> SignInAsync(string role, CancellationToken cancellationToken)
    {
        var email = EmailOf(role);
        var token = await TryTokenAsync(email, cancellationToken);
        if (token is null)
        {
            await CreateAsync(email, role, cancellationToken);
            token = await TryTokenAsync(email, cancellationToken)
                ?? throw new SeedException($"{email} was created but cannot sign in.");
        }
        var me = await new ApiCaller(gateway, token, Guid.Empty).GetAsync("/user-service/api/accounts/me", cancellationToken);
        return new ApiCaller(gateway, token, me.GetProperty("id").GetGuid());
    }

    private async Task CreateAsync(string email, string role, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provisioner = scope.ServiceProvider.GetRequiredService<IAccountProvisioner>();
        var roles = role == Roles.Instructor ? [Roles.Instructor, Roles.Learner] : new[] { role };
        var result = await provisioner.CreateAsync(email, password, roles, cancellationToken);
        if (!result.Succeeded)
        {
            throw new SeedException(
                $"Cannot create {email}: {string.Join(" ", result.Errors)} If the demo accounts exist already, give their password with --password-stdin.");
        }
    }

    private async Task<string?> TryTokenAsync(string email, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = CliClient,
            ["username"] = email,
            ["password"] = password,
            ["scope"] = "openid offline_access",
        });
        using var response = await sessionService.PostAsync("connect/token", form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("access_token").GetString();
    }
}

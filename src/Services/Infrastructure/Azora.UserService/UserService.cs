using Azora.Contracts;
using Azora.Contracts.UserService;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Validation;
using Azora.ServiceDefaults.Persistence;
using Azora.UserService.Accounts;
using Azora.UserService.Data;
using Azora.UserService.Features.AccountSummaries;
using Azora.UserService.Features.CredentialChecks;
using Azora.UserService.Features.Deletion;
using Azora.UserService.Features.EmailVerification;
using Azora.UserService.Features.Mailbox;
using Azora.UserService.Features.Profile;
using Azora.UserService.Features.Registration;
using Azora.UserService.Features.RoleAssignments;
using Azora.UserService.Features.TwoFactor;
using Azora.UserService.Identity;
using Azora.UserService.Mail;
using Azora.UserService.Provisioning;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Azora.UserService;

/// <summary>Accounts: registration, email verification, credentials and two-factor, profiles and roles.</summary>
public sealed class UserService : IAzoraService
{
    public string Id => "user-service";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<UserDbContext, UserSqliteContext, UserPostgresContext>();
        builder.Services.AddAccountIdentity();
        builder.Services.AddScoped<Mailbox>();
        builder.Services.AddScoped<VerificationEmail>();
        builder.Services.AddScoped<AccountEventOutbox>();
        builder.Services.AddSingleton<IAccountProvisioner, AccountProvisioner>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").ValidateDataAnnotations();

        var accounts = api.MapGroup("/accounts").WithTags("Accounts");
        RegisterAccount.Map(accounts);
        VerifyEmail.Map(accounts);
        ResendVerificationEmail.Map(accounts);

        var me = accounts.MapGroup("/me").WithTags("My account");
        GetMyProfile.Map(me);
        UpdateMyProfile.Map(me);
        DeleteMyAccount.Map(me);
        SetUpTwoFactor.Map(me);
        EnableTwoFactor.Map(me);
        DisableTwoFactor.Map(me);

        var roles = accounts.MapGroup("/{id:guid}/roles").WithTags("Roles").RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin));
        GrantRole.Map(roles);
        RemoveRole.Map(roles);

        var internalApi = api.MapGroup("/internal").WithTags("Internal");
        CheckCredentials.Map(internalApi);
        GetAccountSummary.Map(internalApi);

        var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
        if (environment.IsDevelopment() || environment.IsEnvironment("Testing"))
        {
            ReadMailbox.Map(api);
        }
    }
}

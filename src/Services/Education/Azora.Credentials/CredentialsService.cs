using Azora.Contracts;
using Azora.Credentials.Data;
using Azora.Credentials.Features.Credentials;
using Azora.Credentials.Features.Issuer;
using Azora.Credentials.Features.Shared;
using Azora.Credentials.Features.StatusList;
using Azora.Credentials.Features.Verify;
using Azora.Credentials.Features.Wallet;
using Azora.Credentials.Issuance;
using Azora.Credentials.Issuer;
using Azora.Credentials.Proofs;
using Azora.Credentials.Status;
using Azora.Credentials.Verification;
using Azora.LinkedData.JsonLd;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Credentials;

/// <summary>
/// Verifiable credentials: Open Badges 3.0 on VC 2.0, issued on course and program completion, signed with Data
/// Integrity (eddsa-rdfc-2022) and as VC-JWT by a did:web issuer; Bitstring Status Lists; public verification; wallets.
/// </summary>
public sealed class CredentialsService : IAzoraService
{
    public string Id => "azora-credentials";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<CredentialsDbContext, CredentialsSqliteContext, CredentialsPostgresContext>();
        builder.Services.AddSingleton(CredentialsOptions.From(builder.Configuration, builder.Platform.AddressOf(builder.Entry)));
        builder.Services.AddSingleton(new JsonLdProcessor(BundledContextLoader.Default));
        builder.Services.AddSingleton<EddsaRdfc2022>();
        builder.Services.AddSingleton<IssuerKeyCache>();
        builder.Services.AddScoped<IssuerKeyRing>();
        builder.Services.AddScoped<StatusLists>();
        builder.Services.AddScoped<CredentialIssuer>();
        builder.Services.AddScoped<CredentialsOutbox>();
        builder.Services.AddScoped<CredentialVerifier>();
        builder.Services.AddSingleton<VerifiedInclusions>();
        builder.Services.AddSingleton<CompletionInbox>();
        var auditLog = builder.Platform.AddressOf(ServiceCatalog.Current.Get("audit-logging-service"));
        builder.Services.AddHttpClient<AuditLogProofs>(client =>
        {
            client.BaseAddress = auditLog;
            client.Timeout = TimeSpan.FromSeconds(5);
        });
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        GetDidDocument.Map(endpoints);
        VerificationPage.Map(endpoints);

        var api = endpoints.MapGroup("/api").RequireAuthorization().ValidateDataAnnotations();
        VerifyCredential.Map(api);
        GetSharedCredential.Map(api);
        GetStatusList.Map(api.MapGroup("/status-lists").WithTags("Status lists"));

        var issuer = api.MapGroup("/issuer").WithTags("Issuer").RequireAuthorization(PlatformAdminsOnly);
        RotateIssuerKey.Map(issuer);

        var credentials = api.MapGroup("/credentials").WithTags("Credentials").RequireAuthorization(PlatformAdminsOnly);
        ListCredentials.Map(credentials);
        ChangeCredentialStatus.Map(credentials);

        var wallet = api.MapGroup("/wallet").WithTags("Wallet");
        ListWallet.Map(wallet);
        GetWalletCredential.Map(wallet);
        ShareLinks.Map(wallet);
    }

    private static void PlatformAdminsOnly(AuthorizationPolicyBuilder policy) => policy.RequireRole(Roles.PlatformAdmin);
}

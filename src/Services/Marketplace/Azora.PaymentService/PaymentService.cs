using Azora.Contracts;
using Azora.PaymentService.Data;
using Azora.PaymentService.Features.Accounts;
using Azora.PaymentService.Features.Holds;
using Azora.PaymentService.Features.Statements;
using Azora.PaymentService.Features.Transfers;
using Azora.PaymentService.Features.Wallet;
using Azora.PaymentService.Ledger;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Security;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.PaymentService;

/// <summary>
/// Money on Azora: a double-entry ledger of accounts per owner and currency and immutable transfers between them,
/// idempotent on client-supplied ids, with two-phase holds, never taking a guarded account below zero. Platform-admins and services granted
/// <see cref="LedgerScope"/> use the ledger; a signed-in user reads their own wallet.
/// </summary>
public sealed class PaymentService : IAzoraService
{
    /// <summary>The scope a service's client-credentials token needs to use the ledger API.</summary>
    public const string LedgerScope = "payment-service.ledger";

    public string Id => "payment-service";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<PaymentDbContext, PaymentSqliteContext, PaymentPostgresContext>();
        builder.Services.AddSingleton<LedgerWriteGate>();
        builder.Services.AddScoped<LedgerWriter>();
        builder.Services.AddScoped<HoldWriter>();
        builder.Services.AddHostedService<LedgerSweep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var ledger = endpoints.MapGroup("/api/ledger")
            .RequireAuthorization(policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
                context.User.IsInRole(Roles.PlatformAdmin) || context.User.HasScope(LedgerScope)))
            .ValidateDataAnnotations();

        var accounts = ledger.MapGroup("/accounts").WithTags("Accounts");
        CreateAccount.Map(accounts);
        ListAccounts.Map(accounts);
        GetAccount.Map(accounts);
        GetBalanceAt.Map(accounts);
        GetStatement.Map(accounts);

        var transfers = ledger.MapGroup("/transfers").WithTags("Transfers");
        CreateTransfer.Map(transfers);
        CreateTransferBatch.Map(transfers);
        GetTransfer.Map(transfers);

        var holds = ledger.MapGroup("/holds").WithTags("Holds");
        PlaceHold.Map(holds);
        GetHold.Map(holds);
        PostHold.Map(holds);
        VoidHold.Map(holds);

        var wallet = endpoints.MapGroup("/api/wallet").WithTags("Wallet").RequireAuthorization();
        GetWallet.Map(wallet);
    }
}

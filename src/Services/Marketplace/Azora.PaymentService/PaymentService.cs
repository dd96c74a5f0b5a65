using Azora.Contracts;
using Azora.PaymentService.Data;
using Azora.PaymentService.Features.Accounts;
using Azora.PaymentService.Features.Holds;
using Azora.PaymentService.Features.Intents;
using Azora.PaymentService.Features.Payouts;
using Azora.PaymentService.Features.Refunds;
using Azora.PaymentService.Features.Statements;
using Azora.PaymentService.Features.Transfers;
using Azora.PaymentService.Features.Wallet;
using Azora.PaymentService.Features.Webhooks;
using Azora.PaymentService.Ledger;
using Azora.PaymentService.Payments;
using Azora.PaymentService.Providers;
using Azora.PaymentService.Providers.Simulated;
using Azora.PaymentService.Rewards;
using Azora.PaymentService.Webhooks;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Security;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.PaymentService;

/// <summary>
/// Money on Azora: a double-entry ledger of accounts per owner and currency and immutable transfers between them,
/// idempotent on client-supplied ids, with two-phase holds, never taking a guarded account below zero. Transfer
/// requests are written by group commit (<see cref="TransferGroupCommit"/>): many in one transaction, each judged on its
/// own. Platform-admins and services granted <see cref="LedgerScope"/> use the ledger; a signed-in user reads their own
/// wallet. On top of the ledger: payment intents through a provider adapter (the built-in simulated card provider unless
/// configured otherwise), refunds, payouts after a holding period, paid course enrolment, learn-to-earn AZR rewards and
/// signed outbound webhooks.
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
        builder.Services.AddScoped<TransferGroupWriter>();
        builder.Services.AddSingleton<TransferGroupCommit>();
        builder.Services.AddHostedService(services => services.GetRequiredService<TransferGroupCommit>());
        builder.Services.AddScoped<HoldWriter>();
        builder.Services.AddHostedService<LedgerSweep>();

        builder.Services.AddOptions<PaymentOptions>()
            .Bind(builder.Configuration.GetSection(PaymentOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider == SimulatedCardProvider.ProviderName,
                $"{PaymentOptions.Section}:Provider names a provider this build has: {SimulatedCardProvider.ProviderName}.")
            .ValidateOnStart();
        builder.Services.AddOptions<RewardOptions>()
            .Bind(builder.Configuration.GetSection(RewardOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IPaymentProvider, SimulatedCardProvider>();
        builder.Services.AddSingleton<PlatformAccounts>();
        builder.Services.AddSingleton<WebhookOutbox>();
        builder.Services.AddScoped<IntentSettlement>();
        builder.Services.AddScoped<IntentWorkflow>();
        builder.Services.AddScoped<RefundWorkflow>();
        builder.Services.AddScoped<PayoutWorkflow>();
        builder.Services.AddScoped<RewardGranter>();
        builder.Services.AddSingleton<RewardQueue>();
        builder.Services.AddHostedService<PaymentSweep>();
        builder.Services.AddHttpClient(WebhookDispatcher.HttpClientName);
        builder.Services.AddHostedService<WebhookDispatcher>();
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

        var intents = endpoints.MapGroup("/api/payments/intents").WithTags("Payment intents").RequireAuthorization();
        CreateIntent.Map(intents);
        GetIntent.Map(intents);
        ConfirmIntent.Map(intents);
        CompleteIntentAction.Map(intents);
        CaptureIntent.Map(intents);
        CancelIntent.Map(intents);
        CreateRefund.Map(intents);
        ListRefunds.Map(intents);

        var payouts = endpoints.MapGroup("/api/payments/payouts").WithTags("Payouts").RequireAuthorization();
        RequestPayout.Map(payouts);
        GetPayout.Map(payouts);
        CancelPayout.Map(payouts);

        var webhooks = endpoints.MapGroup("/api/webhooks/endpoints").WithTags("Webhooks")
            .RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin));
        RegisterWebhookEndpoint.Map(webhooks);
        ListWebhookEndpoints.Map(webhooks);
        ListWebhookDeliveries.Map(webhooks);
    }
}

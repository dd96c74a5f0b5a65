using Azora.AuditLoggingService.Data;
using Azora.AuditLoggingService.Features.Entries;
using Azora.AuditLoggingService.Features.LogKey;
using Azora.AuditLoggingService.Features.Proofs;
using Azora.AuditLoggingService.Features.TreeHeads;
using Azora.AuditLoggingService.Log;
using Azora.Contracts;
using Azora.Contracts.Audit;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.AuditLoggingService;

/// <summary>
/// The tamper-evident log: audit events from every service appended to an RFC 6962 / RFC 9162 Merkle tree, signed tree
/// heads, inclusion and consistency proofs, search and export. Only platform-admins and auditors read it.
/// </summary>
public sealed class AuditLoggingService : IAzoraService
{
    public string Id => "audit-logging-service";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<AuditDbContext, AuditSqliteContext, AuditPostgresContext>();
        builder.Services.AddOptions<AuditLogOptions>()
            .Bind(builder.Configuration.GetSection(AuditLogOptions.Section))
            .Validate(o => o.TreeHeadIntervalSeconds >= 1, $"{AuditLogOptions.Section}:TreeHeadIntervalSeconds is at least 1.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AuditLogWriter>();
        builder.Services.AddSingleton<LogTree>();
        builder.Services.AddSingleton<LogSigner>();
        builder.Services.AddScoped<TreeHeadPublisher>();
        builder.Services.AddScoped<IAuditLogVerifier, AuditLogVerifier>();
        builder.Services.AddHostedService<TreeHeadSchedule>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var log = endpoints.MapGroup("/api/log").WithTags("Audit log")
            .RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin, Roles.Auditor));
        GetLogKey.Map(log);

        var treeHeads = log.MapGroup("/tree-heads").WithTags("Signed tree heads");
        GetLatestTreeHead.Map(treeHeads);
        ListTreeHeads.Map(treeHeads);
        SignTreeHead.Map(treeHeads);

        var entries = log.MapGroup("/entries").WithTags("Entries");
        GetEntries.Map(entries);
        SearchEntries.Map(entries);
        ExportEntries.Map(entries);

        var proofs = log.MapGroup("/proofs").WithTags("Proofs");
        GetInclusionProof.Map(proofs);
        GetConsistencyProof.Map(proofs);
        GetEventProof.Map(proofs);
    }
}

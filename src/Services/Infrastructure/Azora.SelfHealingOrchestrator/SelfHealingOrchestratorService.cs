using Azora.SelfHealingOrchestrator.Data;
using Azora.SelfHealingOrchestrator.Features.Notes;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.SelfHealingOrchestrator;

public sealed class SelfHealingOrchestratorService : IAzoraService
{
    public string Id => "self-healing-orchestrator";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<SelfHealingOrchestratorDbContext, SelfHealingOrchestratorSqliteContext, SelfHealingOrchestratorPostgresContext>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var notes = endpoints.MapGroup("/api/notes").WithTags("Notes").RequireAuthorization().ValidateDataAnnotations();
        CreateNote.Map(notes);
        GetNote.Map(notes);
        ListNotes.Map(notes);
    }
}

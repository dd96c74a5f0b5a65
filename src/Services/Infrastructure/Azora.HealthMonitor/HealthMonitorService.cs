using Azora.HealthMonitor.Data;
using Azora.HealthMonitor.Features.Notes;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.HealthMonitor;

public sealed class HealthMonitorService : IAzoraService
{
    public string Id => "health-monitor";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<HealthMonitorDbContext, HealthMonitorSqliteContext, HealthMonitorPostgresContext>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var notes = endpoints.MapGroup("/api/notes").WithTags("Notes").RequireAuthorization().ValidateDataAnnotations();
        CreateNote.Map(notes);
        GetNote.Map(notes);
        ListNotes.Map(notes);
    }
}

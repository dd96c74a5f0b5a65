using Azora.Assessment.Data;
using Azora.Assessment.Features.Notes;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Assessment;

public sealed class AssessmentService : IAzoraService
{
    public string Id => "azora-assessment";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<AssessmentDbContext, AssessmentSqliteContext, AssessmentPostgresContext>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var notes = endpoints.MapGroup("/api/notes").WithTags("Notes").RequireAuthorization().ValidateDataAnnotations();
        CreateNote.Map(notes);
        GetNote.Map(notes);
        ListNotes.Map(notes);
    }
}

using Azora.Education.Data;
using Azora.Education.Features.Notes;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Education;

public sealed class EducationService : IAzoraService
{
    public string Id => "azora-education";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<EducationDbContext, EducationSqliteContext, EducationPostgresContext>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var notes = endpoints.MapGroup("/api/notes").WithTags("Notes").RequireAuthorization().ValidateDataAnnotations();
        CreateNote.Map(notes);
        GetNote.Map(notes);
        ListNotes.Map(notes);
    }
}

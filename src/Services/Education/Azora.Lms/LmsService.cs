using Azora.Lms.Data;
using Azora.Lms.Features.Notes;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Lms;

public sealed class LmsService : IAzoraService
{
    public string Id => "azora-lms";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<LmsDbContext, LmsSqliteContext, LmsPostgresContext>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var notes = endpoints.MapGroup("/api/notes").WithTags("Notes").RequireAuthorization().ValidateDataAnnotations();
        CreateNote.Map(notes);
        GetNote.Map(notes);
        ListNotes.Map(notes);
    }
}

using Azora.Credentials.Data;
using Azora.Credentials.Features.Notes;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Credentials;

public sealed class CredentialsService : IAzoraService
{
    public string Id => "azora-credentials";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<CredentialsDbContext, CredentialsSqliteContext, CredentialsPostgresContext>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var notes = endpoints.MapGroup("/api/notes").WithTags("Notes").RequireAuthorization().ValidateDataAnnotations();
        CreateNote.Map(notes);
        GetNote.Map(notes);
        ListNotes.Map(notes);
    }
}

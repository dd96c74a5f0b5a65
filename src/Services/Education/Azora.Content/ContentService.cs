using Azora.Content.Data;
using Azora.Content.Features.CoOwners;
using Azora.Content.Features.Items;
using Azora.Content.Features.Library;
using Azora.Content.Features.Media;
using Azora.Content.Features.Publishing;
using Azora.Content.Features.Tags;
using Azora.Content.Features.Versions;
using Azora.Content.Media;
using Azora.Content.Rendering;
using Azora.Contracts;
using Azora.ServiceDefaults.Hosting;
using Azora.ServiceDefaults.Persistence;
using Azora.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Content;

/// <summary>Authoring: lessons and library components with reviewed, versioned content, content-addressed media and tags.</summary>
public sealed class ContentService : IAzoraService
{
    public string Id => "azora-content";

    public void AddServices(ServiceBuilder builder)
    {
        builder.AddDatabase<ContentDbContext, ContentSqliteContext, ContentPostgresContext>();
        builder.Services.AddSingleton(ContentOptions.From(builder.Configuration));
        builder.Services.AddSingleton<MediaStore>();
        builder.Services.AddSingleton<HtmlCleaner>();
        builder.Services.AddScoped<LessonRenderer>();
        builder.Services.AddScoped<ReferenceCheck>();
        builder.Services.AddScoped<PublicationCheck>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization().ValidateDataAnnotations();

        var items = api.MapGroup("/items").WithTags("Items");
        ReadPublished.Map(items);

        var authoring = items.MapGroup(string.Empty).RequireAuthorization(AuthorsOnly);
        CreateItem.Map(authoring);
        ListItems.Map(authoring);
        GetItem.Map(authoring);
        EditDraft.Map(authoring);
        GetVersion.Map(authoring);
        ReviewVersion.Map(authoring);
        PublishVersion.Map(authoring);
        RollBackVersion.Map(authoring);
        SetTags.Map(authoring);
        ManageCoOwners.Map(authoring);
        WhereUsed.Map(authoring);

        var library = api.MapGroup("/library").WithTags("Library").RequireAuthorization(AuthorsOnly);
        ListLibrary.Map(library);

        var media = api.MapGroup("/media").WithTags("Media");
        UploadMedia.Map(media.MapGroup(string.Empty).RequireAuthorization(AuthorsOnly));
        DownloadMedia.Map(media);
    }

    private static void AuthorsOnly(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.Instructor, Roles.PlatformAdmin);
}

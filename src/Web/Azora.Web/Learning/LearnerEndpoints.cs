using Azora.Web.Api;
using Azora.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Azora.Web.Learning;

/// <summary>What a page's link asks of the portal directly, as the signed-in learner: the download of a credential as a file.</summary>
internal static class LearnerEndpoints
{
    public static void MapLearnerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/wallet/{id:guid}/download", DownloadAsync)
            .RequireAuthorization(PortalPolicies.Learner).ExcludeFromDescription();
    }

    private static async Task<IResult> DownloadAsync(Guid id, string? format, GatewayClient api)
    {
        var jwt = format == "jwt";
        var file = await api.GetTextAsync($"/azora-credentials/api/wallet/{id}/download?format={(jwt ? "jwt" : "json")}",
            jwt ? "application/vc+jwt" : "application/vc+ld+json");
        if (file.Value is null)
        {
            return Results.Text(file.Problem!.Message, "text/plain; charset=utf-8", statusCode: file.Problem.Status);
        }
        return Results.File(System.Text.Encoding.UTF8.GetBytes(file.Value), jwt ? "application/vc+jwt" : "application/vc+ld+json",
            $"credential-{id:D}.{(jwt ? "jwt" : "json")}");
    }
}

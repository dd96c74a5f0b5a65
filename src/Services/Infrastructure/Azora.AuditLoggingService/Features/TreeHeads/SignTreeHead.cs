using Azora.AuditLoggingService.Log;
using Azora.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Azora.AuditLoggingService.Features.TreeHeads;

/// <summary>A platform-admin has the log signed now, whether or not it has grown.</summary>
internal static class SignTreeHead
{
    public static void Map(IEndpointRouteBuilder treeHeads) =>
        treeHeads.MapPost("/", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin))
            .WithName("SignTreeHead")
            .WithSummary("Sign and store a tree head of the log as it stands (platform-admin).");

    private static async Task<Created<TreeHeadResponse>> HandleAsync(TreeHeadPublisher publisher, CancellationToken cancellationToken)
    {
        var signed = await publisher.PublishAsync(cancellationToken);
        return TypedResults.Created($"/api/log/tree-heads/{signed.Id}", TreeHeadResponse.From(signed));
    }
}

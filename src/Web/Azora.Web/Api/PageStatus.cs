using Microsoft.AspNetCore.Http;

namespace Azora.Web.Api;

/// <summary>A page that shows a refusal answers with the API's status (404 for an unknown or someone else's item), not 200.</summary>
public static class PageStatus
{
    public static void Set(HttpContext? http, ApiProblem? problem)
    {
        if (http is { Response.HasStarted: false } && problem is not null)
        {
            http.Response.StatusCode = problem.Status is >= 400 and < 600 ? problem.Status : StatusCodes.Status502BadGateway;
        }
    }
}

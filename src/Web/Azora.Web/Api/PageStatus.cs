using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Azora.Web.Api;

/// <summary>
/// A page that shows a refusal answers with the API's status, not 200. An unknown item, or someone else's (which the
/// APIs also answer 404), renders the portal's Not Found page; other refusals keep the page's own explanation, with
/// the host's status-code pages (problem JSON for APIs) turned off for that response.
/// </summary>
public static class PageStatus
{
    public static void Set(HttpContext? http, ApiProblem? problem, NavigationManager navigation)
    {
        if (http is not { Response.HasStarted: false } || problem is null)
        {
            return;
        }
        if (problem.IsNotFound)
        {
            navigation.NotFound();
            return;
        }
        if (http.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }
        http.Response.StatusCode = problem.Status is >= 400 and < 600 ? problem.Status : StatusCodes.Status502BadGateway;
    }
}

using Azora.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;

namespace Azora.Web.Security;

/// <summary>Who is looking at a page, as the portal's cookie says (read through the pages' authorization policy).</summary>
public static class Viewer
{
    public static bool IsSignedIn(HttpContext? http) => http?.User.Identity?.IsAuthenticated == true;

    public static bool IsInRole(HttpContext? http, string role) => IsSignedIn(http) && http!.User.IsInRole(role);

    public static string NameOf(HttpContext? http) => http?.User.FindFirst("name")?.Value ?? http?.User.FindFirst("email")?.Value ?? "";

    public static Guid? AccountId(HttpContext? http) => http is not null && http.User.TryGetAccountId(out var id) ? id : null;
}

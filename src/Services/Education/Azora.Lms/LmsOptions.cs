using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Microsoft.Extensions.Configuration;

namespace Azora.Lms;

/// <summary>
/// Where azora-lms is reached from outside (calendar addresses and xAPI activity ids are built on it) and the authority
/// learners' accounts belong to (the xAPI actor's <c>homePage</c>). <c>Azora:Lms:PublicBaseUrl</c> overrides the
/// gateway's address.
/// </summary>
internal sealed record LmsOptions(Uri PublicBaseUrl, Uri AccountHomePage)
{
    public static LmsOptions From(ServiceBuilder builder)
    {
        var catalog = ServiceCatalog.Current;
        var configured = builder.Configuration["Azora:Lms:PublicBaseUrl"];
        var publicBase = configured is { Length: > 0 }
            ? new Uri(configured.TrimEnd('/') + "/")
            : new Uri(builder.Platform.AddressOf(catalog.Get(ServiceCatalog.GatewayId)), builder.Entry.Id + "/");
        return new LmsOptions(publicBase, builder.Platform.IssuerUri(catalog));
    }

    public string CourseIri(Guid courseId) => new Uri(PublicBaseUrl, $"api/courses/{courseId}").AbsoluteUri;

    public string LessonIri(Guid lessonId) => new Uri(PublicBaseUrl, $"api/lessons/{lessonId}").AbsoluteUri;

    public string CalendarUrl(string token) => new Uri(PublicBaseUrl, $"api/calendar/{token}.ics").AbsoluteUri;
}

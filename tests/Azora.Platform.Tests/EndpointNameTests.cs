using Azora.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Azora.Platform.Tests;

/// <summary>Two services in one process may give their endpoints the same name; the host keeps them apart.</summary>
public sealed class EndpointNameTests
{
    [Fact]
    public async Task Two_services_may_name_an_endpoint_alike_and_each_name_is_qualified_with_its_service()
    {
        var port = Azora.Testing.FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.MapGroup("/lms").QualifyEndpointNames("azora-lms").MapGet("/courses", () => "lms").WithName("GetCourse");
        app.MapGroup("/education").QualifyEndpointNames("azora-education").MapGet("/courses", () => "education").WithName("GetCourse");
        await app.StartAsync();

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal("lms", await http.GetStringAsync("/lms/courses"));
        Assert.Equal("education", await http.GetStringAsync("/education/courses"));
        var names = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["azora-education.GetCourse", "azora-lms.GetCourse"], names);
    }

    [Theory]
    [InlineData("azora-lms", "azora-lms.GetCourse", "GetCourse")]
    [InlineData("azora-lms", "azora-education.GetCourse", "azora-education.GetCourse")]
    [InlineData("azora-lms", "GetCourse", "GetCourse")]
    public void A_service_document_shows_its_own_names_unqualified(string serviceId, string qualified, string shown) =>
        Assert.Equal(shown, ServiceEndpointNames.Unqualify(serviceId, qualified));
}

using Azora.Contracts;
using Azora.ServiceDefaults.Catalog;
using Microsoft.Playwright;

namespace Azora.Web.BrowserTests;

/// <summary>The operator's view of the catalog's services and their health.</summary>
[Collection(PortalPlatform.Collection)]
public sealed class OperatorTests(PortalPlatform portal)
{
    [Fact]
    public async Task An_operator_sees_every_service_of_the_catalog_with_whether_it_is_implemented_and_its_health()
    {
        var admin = await portal.ProvisionAsync(Roles.PlatformAdmin);
        var shots = new Screenshots("operator");
        var page = await portal.NewPageAsync();

        await Pages.SignInAsync(page, admin, "/operator", "Services and health");

        Assert.Equal(ServiceCatalog.Current.Services.Count, await page.Locator("tr[data-service]").CountAsync());
        await Assertions.Expect(page.Locator("tr[data-service='azora-web'] td").Nth(2)).ToHaveTextAsync("implemented");
        await Assertions.Expect(page.GetByText("Platform status:")).ToBeVisibleAsync();
        await shots.TakeAsync(page, "services-and-health");
    }
}

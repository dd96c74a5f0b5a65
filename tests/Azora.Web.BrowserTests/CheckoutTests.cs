using Azora.Contracts;
using Microsoft.Playwright;

namespace Azora.Web.BrowserTests;

/// <summary>Buying a priced course: a declined card is explained beside the card field; a good card pays once and enrols.</summary>
[Collection(PortalPlatform.Collection)]
public sealed class CheckoutTests(PortalPlatform portal)
{
    [Fact]
    public async Task A_learner_whose_card_is_declined_tries_another_and_is_enrolled_in_the_priced_course()
    {
        var instructor = await portal.ProvisionAsync(Roles.Instructor);
        var course = await CourseAuthoring.PublishAsync(instructor, $"Paid science {CourseAuthoring.Marker()}", priceMinor: 15_000);
        var learner = await portal.ProvisionAsync(Roles.Learner);
        var shots = new Screenshots("checkout");
        var page = await portal.NewPageAsync();
        await Pages.SignInAsync(page, learner, "/dashboard", "My learning");

        await Pages.ReloadUntilAsync(page, $"/courses/{course.CourseId}", page.GetByRole(AriaRole.Link, new() { Name = "Buy for 150.00 ZAR" }), TimeSpan.FromSeconds(60));
        await shots.TakeAsync(page, "priced-course");
        await page.GetByRole(AriaRole.Link, new() { Name = "Buy for 150.00 ZAR" }).ClickAsync();

        await page.GetByLabel("Card number").FillAsync("4000 0000 0000 0002");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay 150.00 ZAR" }).ClickAsync();
        await Assertions.Expect(page.Locator("#paymentMethod-error")).ToHaveTextAsync("Your card was declined. Try another card.");
        await shots.TakeAsync(page, "card-declined");

        await page.GetByLabel("Card number").FillAsync("4242 4242 4242 4242");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay 150.00 ZAR" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("payment-status")).ToContainTextAsync("We received your payment of 150.00 ZAR");
        await shots.TakeAsync(page, "paid");

        await Pages.ReloadUntilAsync(page, $"/learn/{course.CourseId}", page.GetByText("0 of 3 required lessons done"), TimeSpan.FromSeconds(60));
        await shots.TakeAsync(page, "enrolled-after-paying");
    }
}

using Azora.Contracts;
using Microsoft.Playwright;
using OtpNet;

namespace Azora.Web.BrowserTests;

/// <summary>The person's own sign-ins and two-factor set-up, in the portal.</summary>
[Collection(PortalPlatform.Collection)]
public sealed class AccountSecurityTests(PortalPlatform portal)
{
    [Fact]
    public async Task A_person_signs_out_their_other_sessions_and_turns_on_two_factor_sign_in()
    {
        var learner = await portal.ProvisionAsync(Roles.Learner);
        var shots = new Screenshots("account-security");
        var elsewhere = await portal.NewPageAsync(phone: true);
        await Pages.SignInAsync(elsewhere, learner, "/dashboard", "My learning");
        var page = await portal.NewPageAsync();
        await Pages.SignInAsync(page, learner, "/account/security", "Sign-in and security");

        // The API sign-in the test made, the phone and this browser.
        Assert.Equal(3, await page.Locator("tr[data-session]").CountAsync());
        await Pages.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "This web portal (this session)" }));
        await shots.TakeAsync(page, "sessions");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out everywhere else" }).ClickAsync();
        await Pages.Expect(page.GetByText("You were signed out of 2 other sessions."));
        Assert.Equal(1, await page.Locator("tr[data-session]").CountAsync());
        await shots.TakeAsync(page, "signed-out-elsewhere");

        await page.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        var right = Code((await page.GetByTestId("shared-key").TextContentAsync())!);
        var wrong = right == "000000" ? "111111" : "000000";
        await page.GetByLabel("Code from your authenticator").FillAsync(wrong);
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Pages.Expect(page.Locator("#code-error, .alert").First);
        await shots.TakeAsync(page, "wrong-code-refused");

        await page.GetByLabel("Code from your authenticator").FillAsync(right);
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Pages.Expect(page.GetByTestId("recovery-codes"));
        await shots.TakeAsync(page, "two-factor-on");
    }

    private static string Code(string sharedKey) => new Totp(Base32Encoding.ToBytes(sharedKey.Replace(" ", "", StringComparison.Ordinal))).ComputeTotp();
}

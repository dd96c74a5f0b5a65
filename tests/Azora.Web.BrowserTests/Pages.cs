using Microsoft.Playwright;

namespace Azora.Web.BrowserTests;

/// <summary>Steps every journey shares.</summary>
internal static class Pages
{
    /// <summary>Signs in through session-service's form, starting from a portal page that needs it.</summary>
    public static async Task SignInAsync(IPage page, Member member, string path, string heading)
    {
        await page.GotoAsync(path);
        await page.GetByLabel("Email").FillAsync(member.Email);
        await page.GetByLabel("Password").FillAsync(member.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }));
    }

    public static Task Expect(ILocator locator) => Assertions.Expect(locator).ToBeVisibleAsync();

    /// <summary>Things that follow from events (a listing, a credential, an audit proof) arrive a little later: reload until shown.</summary>
    public static async Task ReloadUntilAsync(IPage page, string url, ILocator shown, TimeSpan patience, Func<Task>? before = null)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            if (before is not null)
            {
                await before();
            }
            await page.GotoAsync(url);
            if (await shown.CountAsync() > 0)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"{url} did not show what was expected within {patience.TotalSeconds} seconds.");
            await Task.Delay(500);
        }
    }
}

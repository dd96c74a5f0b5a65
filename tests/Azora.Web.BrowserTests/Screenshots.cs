using Microsoft.Playwright;

namespace Azora.Web.BrowserTests;

/// <summary>
/// One full-page screenshot per step of a journey, numbered in order, kept as test artefacts under
/// <c>$AZORA_TEST_RESULTS/screenshots/&lt;journey&gt;/</c> (default: this project's <c>TestResults</c> folder).
/// </summary>
internal sealed class Screenshots(string journey)
{
    private int _step;

    /// <summary>Where every journey's folder (and the browser's log) goes.</summary>
    public static string Root { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("AZORA_TEST_RESULTS") is { Length: > 0 } results
            ? results
            : Azora.Testing.RepositoryRoot.Combine("tests", "Azora.Web.BrowserTests", "TestResults"),
        "screenshots");

    public string Folder { get; } = Path.Combine(Root, journey);

    public async Task TakeAsync(IPage page, string step)
    {
        Directory.CreateDirectory(Folder);
        _step++;
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{_step:00}-{step}.png"), FullPage = true });
    }
}

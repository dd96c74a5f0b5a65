namespace Azora.Web.BrowserTests;

/// <summary>What the browser reported (console messages, failed requests), appended to <c>browser.log</c> beside the screenshots.</summary>
internal static class BrowserLog
{
    private static readonly Lock Gate = new();

    public static string File { get; } = Path.Combine(Screenshots.Root, "browser.log");

    public static void Write(string line)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Screenshots.Root);
            System.IO.File.AppendAllText(File, $"{DateTime.UtcNow:O} {line}{Environment.NewLine}");
        }
    }
}

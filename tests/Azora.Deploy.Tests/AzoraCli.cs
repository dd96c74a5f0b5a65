using System.Diagnostics;

namespace Azora.Deploy.Tests;

/// <summary>Runs the real <c>azora</c> executable built beside these tests.</summary>
internal static class AzoraCli
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "azora.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // A wide console keeps Spectre from wrapping the messages the tests look for.
        start.Environment["COLUMNS"] = "400";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output + await error);
    }
}

using System.Diagnostics;
using System.Text;

namespace Azora.Bench.Harness;

/// <summary>
/// Runs a program to completion and returns what it printed; a non-zero exit is an error naming the command, and so is
/// anything printed on standard error when <c>quietOrFail</c> is set (wrk reports a script that does not load there and
/// runs on without it).
/// </summary>
public static class ChildProcess
{
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null,
        string? standardInput = null, bool quietOrFail = false, CancellationToken cancellationToken = default)
    {
        using var process = Start(program, arguments, environment, redirectInput: standardInput is not null);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 || (quietOrFail && (await errors).Length > 0))
        {
            var outcome = process.ExitCode != 0 ? $"exited with {process.ExitCode}" : "printed on standard error";
            throw new InvalidOperationException($"{program} {string.Join(' ', process.StartInfo.ArgumentList)} {outcome}:\n{await output}\n{await errors}");
        }
        return await output;
    }

    public static Process Start(string program, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, bool redirectInput = false)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
    }
}

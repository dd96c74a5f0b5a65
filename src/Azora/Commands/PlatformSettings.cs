using System.ComponentModel;
using Spectre.Console.Cli;

namespace Azora.Commands;

/// <summary>Options shared by every command that touches the platform's data.</summary>
internal class PlatformSettings : CommandSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Directory for SQLite files (default ./data, or Azora__DataDirectory).")]
    public string? DataDirectory { get; init; }

    [CommandOption("--postgres <CONNECTION>")]
    [Description("Use PostgreSQL with this connection string (or ConnectionStrings__Postgres).")]
    public string? Postgres { get; init; }

    /// <summary>Configuration arguments for the host, in the <c>--Key=value</c> form ASP.NET Core reads.</summary>
    public string[] HostArguments(bool split = false)
    {
        var arguments = new List<string>();
        if (DataDirectory is { Length: > 0 })
        {
            arguments.Add($"--Azora:DataDirectory={DataDirectory}");
        }
        var postgres = Postgres ?? Environment.GetEnvironmentVariable("ConnectionStrings__Postgres");
        if (Postgres is { Length: > 0 })
        {
            arguments.Add($"--ConnectionStrings:Postgres={Postgres}");
        }
        if (postgres is { Length: > 0 } && (split || Postgres is not null))
        {
            arguments.Add("--Azora:Database=Postgres");
        }
        return [.. arguments];
    }
}

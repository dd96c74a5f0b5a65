using System.ComponentModel;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Hosting;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Microsoft.Extensions.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Azora.Commands;

/// <summary>
/// <c>azora ps</c>: the processes self-healing-orchestrator supervises, from its API, as a platform-admin. The token is
/// given (<c>--token</c> or <c>AZORA_TOKEN</c>) or obtained by signing in with <c>--user</c> and a password on standard input.
/// </summary>
internal sealed class PsCommand : AsyncCommand<PsCommand.Settings>
{
    private const string CliClient = "azora-cli";

    internal sealed class Settings : CommandSettings
    {
        [CommandOption("-u|--user <EMAIL>")]
        [Description("Sign in as this platform-admin; the password is read from standard input.")]
        public string? User { get; init; }

        [CommandOption("--token <ACCESS_TOKEN>")]
        [Description("A platform-admin's access token (or the AZORA_TOKEN environment variable).")]
        public string? Token { get; init; }

        [CommandOption("--json")]
        [Description("Print the processes as JSON (the orchestrator's answer), for scripts.")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            User is null && Token is null && Environment.GetEnvironmentVariable("AZORA_TOKEN") is not { Length: > 0 }
                ? ValidationResult.Error("Sign in with --user <email> (password on standard input), or give --token or AZORA_TOKEN.")
                : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var platform = PlatformOptions.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        var catalog = ServiceCatalog.Current;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var token = settings.User is { } user
                ? await SignInAsync(http, platform.AddressOf(catalog.Get(ServiceCatalog.SessionServiceId)), user, cancellationToken)
                : settings.Token ?? Environment.GetEnvironmentVariable("AZORA_TOKEN");
            if (token is null)
            {
                return 2;
            }
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(platform.AddressOf(catalog.Get(SplitLauncher.OrchestratorId)), "api/processes"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                AnsiConsole.MarkupLine("[red]self-healing-orchestrator refused: `azora ps` needs a platform-admin.[/]");
                return 1;
            }
            response.EnsureSuccessStatusCode();
            var processes = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (settings.Json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(processes, new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                Print(processes);
            }
            return 0;
        }
        catch (HttpRequestException error)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Cannot reach the platform: {error.Message}[/] Is `azora run --split` running?");
            return 1;
        }
    }

    private static async Task<string?> SignInAsync(HttpClient http, Uri sessionService, string user, CancellationToken cancellationToken)
    {
        var password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            AnsiConsole.MarkupLine("[red]No password was given on standard input.[/]");
            return null;
        }
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = CliClient,
            ["username"] = user,
            ["password"] = password,
        });
        using var response = await http.PostAsync(new Uri(sessionService, "connect/token"), form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Sign-in as {user} failed ({(int)response.StatusCode}).[/]");
            return null;
        }
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("access_token").GetString();
    }

    private static void Print(JsonElement processes)
    {
        var table = new Table().AddColumns("instance", "service", "pid", "state", "ready", "uptime", "restarts", "last exit", "detail");
        foreach (var process in processes.EnumerateArray())
        {
            var uptime = process.GetProperty("uptimeSeconds") is { ValueKind: JsonValueKind.Number } seconds
                ? TimeSpan.FromSeconds(Math.Floor(seconds.GetDouble())).ToString("c", CultureInfo.InvariantCulture)
                : "-";
            var ready = process.GetProperty("ready").GetBoolean();
            table.AddRow(
                Markup.Escape(process.GetProperty("instanceId").GetString()!),
                Markup.Escape(process.GetProperty("serviceId").GetString()!),
                Text(process.GetProperty("pid")),
                Markup.Escape(process.GetProperty("state").GetString()!),
                ready ? "[green]yes[/]" : "[red]no[/]",
                uptime,
                process.GetProperty("restarts").GetInt32().ToString(CultureInfo.InvariantCulture),
                Text(process.GetProperty("lastExitCode")),
                Markup.Escape(Text(process.GetProperty("detail"))));
        }
        AnsiConsole.Write(table);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "-",
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}

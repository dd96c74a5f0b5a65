using System.Text.Json;
using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Health;
using Azora.ServiceDefaults.Hosting;
using Microsoft.Extensions.Configuration;

namespace Azora.Hosting;

internal sealed record Readiness(bool Ready, string Detail)
{
    public string Describe() => Ready ? "[green]ready[/]" : "[red]not ready[/]";
}

/// <summary>Asks each service's <c>/health/ready</c> on the address configuration gives it.</summary>
internal static class ReadinessProbe
{
    public static async Task<IReadOnlyDictionary<string, Readiness>> CheckAllAsync(IEnumerable<CatalogEntry> entries, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var platform = PlatformOptions.From(configuration);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var checks = entries.Select(async entry => (entry.Id, Result: await CheckAsync(http, platform.AddressOf(entry), cancellationToken)));
        var results = await Task.WhenAll(checks);
        return results.ToDictionary(r => r.Id, r => r.Result);
    }

    private static async Task<Readiness> CheckAsync(HttpClient http, Uri address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(address, HealthDefaults.ReadyPath.TrimStart('/')), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new Readiness(response.IsSuccessStatusCode, Summarize(body) ?? $"HTTP {(int)response.StatusCode}");
        }
        catch (HttpRequestException error)
        {
            return new Readiness(false, error.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Readiness(false, "timed out");
        }
    }

    /// <summary>"database: Healthy, messaging: Healthy" from the health endpoint's JSON.</summary>
    private static string? Summarize(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var checks = document.RootElement.GetProperty("checks").EnumerateObject()
                .Select(check => $"{check.Name}: {check.Value.GetProperty("status").GetString()}");
            return string.Join(", ", checks);
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}

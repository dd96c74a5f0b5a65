using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Azora.Contracts;
using Azora.Testing;

namespace Azora.LoadBalancer.Tests;

/// <summary>An instance as <c>GET /api/instances</c> lists it.</summary>
internal sealed record ListedInstance(
    string ServiceId, string InstanceId, string Address, string ActiveHealth, string PassiveHealth, bool InRotation, int RequestsInFlight);

internal sealed record ListedInstances(List<ListedInstance> Instances);

/// <summary>Calls the gateway's instance API as a platform admin.</summary>
internal sealed class InstanceApi(TestPlatform platform, TestTokens tokens)
{
    private readonly string _admin = tokens.ForAccount(Guid.NewGuid(), Roles.PlatformAdmin);

    public HttpClient Client(string? token = null)
    {
        var client = platform.Gateway();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token ?? _admin);
        return client;
    }

    public async Task<IReadOnlyList<ListedInstance>> ListAsync()
    {
        using var client = Client();
        var listed = await client.GetFromJsonAsync<ListedInstances>(new Uri("/api/instances", UriKind.Relative));
        return listed!.Instances;
    }

    public async Task<ListedInstance> GetAsync(string serviceId, string instanceId) =>
        Assert.Single(await ListAsync(), i => i.ServiceId == serviceId && i.InstanceId == instanceId);

    public async Task<HttpResponseMessage> PutAsync(string serviceId, string instanceId, Uri address)
    {
        using var client = Client();
        return await client.PutAsJsonAsync(new Uri($"/api/instances/{serviceId}/{instanceId}", UriKind.Relative), new { address = address.ToString() });
    }

    public async Task<HttpResponseMessage> DeleteAsync(string serviceId, string instanceId)
    {
        using var client = Client();
        return await client.DeleteAsync(new Uri($"/api/instances/{serviceId}/{instanceId}", UriKind.Relative));
    }

    /// <summary>Polls the listing until <paramref name="condition"/> holds for the instance, or fails after the deadline.</summary>
    public async Task<ListedInstance> WaitForAsync(string serviceId, string instanceId, Func<ListedInstance, bool> condition, TimeSpan deadline)
    {
        var until = DateTimeOffset.UtcNow + deadline;
        while (true)
        {
            var instance = await GetAsync(serviceId, instanceId);
            if (condition(instance))
            {
                return instance;
            }
            Assert.True(DateTimeOffset.UtcNow < until, $"{serviceId}/{instanceId} did not reach the expected state in time; last seen {instance}.");
            await Task.Delay(50);
        }
    }

    public static void AssertSuccess(HttpResponseMessage response, HttpStatusCode status) =>
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}.");
}

using System.Text.Json;
using Azora.Contracts;

namespace Azora.Platform.Tests.Split;

/// <summary>What an operator sees of the split platform: every process ready under supervision, in the API and in <c>azora ps</c>.</summary>
[Collection(SplitPlatform.Collection)]
public sealed class SupervisionTests(SplitPlatform platform)
{
    [Fact]
    public async Task Every_service_runs_as_its_own_ready_process_and_azora_ps_lists_them()
    {
        var admin = await platform.ProvisionedAsync(Roles.PlatformAdmin);
        await platform.WaitUntilRoutedAsync(platform.ServiceIds);
        var token = admin.Client.DefaultRequestHeaders.Authorization!.Parameter!;

        var (exitCode, output) = await platform.RunCliAsync("ps", "--json", "--token", token);
        var (tableExitCode, table) = await platform.RunCliAsync("ps", "--token", token);

        Assert.True(exitCode == 0, output);
        var listed = JsonDocument.Parse(output).RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("instanceId").GetString()!);
        // One instance of each service (the orchestrator is the azora process itself), and a second of the replicated one.
        var expected = platform.ServiceIds.Where(id => id != "self-healing-orchestrator").Append("load-balancer").Select(id => $"{id}-0")
            .Append($"{SplitPlatform.ReplicatedServiceId}-1").ToList();
        Assert.Equal(expected.Order(), listed.Keys.Order());
        Assert.All(listed.Values, process => Assert.Equal("ready", process.GetProperty("state").GetString()));
        Assert.Equal(expected.Count, listed.Values.Select(p => p.GetProperty("pid").GetInt32()).Distinct().Count());
        Assert.True(tableExitCode == 0, table);
        // The supervisor registered each instance under its own name, taking over the gateway's entry for the same address.
        var routed = await PollAsync(() => SplitPlatform.GatewayInstancesAsync(admin),
            instances => instances.All(i => expected.Contains(i.GetProperty("instanceId").GetString()!)
                || i.GetProperty("instanceId").GetString() == "self-healing-orchestrator-0"));
        var routedNames = routed.Select(i => i.GetProperty("instanceId").GetString()).ToList();
        Assert.Contains("azora-lms-0", routedNames);
        Assert.Contains("azora-credentials-0", routedNames);
        Assert.Contains($"{SplitPlatform.ReplicatedServiceId}-0", routedNames);
        Assert.Contains($"{SplitPlatform.ReplicatedServiceId}-1", routedNames);
        Assert.Equal(routedNames.Count, routedNames.Distinct().Count());
    }

    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Gave up waiting; the last answer was {JsonSerializer.Serialize(value)}.");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task Azora_ps_without_a_platform_admin_is_refused()
    {
        var learner = await platform.ProvisionedAsync(Roles.Learner);

        var (exitCode, output) = await platform.RunCliAsync("ps", "--token", learner.Client.DefaultRequestHeaders.Authorization!.Parameter!);

        Assert.Equal(1, exitCode);
        Assert.Contains("needs a platform-admin", output);
    }
}

using System.Diagnostics;
using System.Globalization;
using Azora.ServiceDefaults.Catalog;
using Azora.Testing;
using Npgsql;

namespace Azora.Platform.Tests.Split;

/// <summary>
/// A second, small <c>azora run --split</c> (session-service and the gateway under their own supervisor, in a database
/// of their own beside the shared platform's) whose supervisor is SIGKILLed: it can stop nobody, yet every process it
/// started exits by itself, because each one's input pipe from the supervisor closes with it.
/// </summary>
[Collection(SplitPlatform.Collection)]
public sealed class SupervisorDeathTests(SplitPlatform platform)
{
    private static readonly string[] Kept = [ServiceCatalog.SessionServiceId, ServiceCatalog.GatewayId];
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan ExitPatience = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task When_the_supervisor_is_killed_every_process_it_started_exits_by_itself()
    {
        var root = Path.Combine(Path.GetTempPath(), "azora-split", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var ports = ServiceCatalog.Current.Implemented.ToDictionary(e => e.Id, _ => FreePorts.Next());
        var environment = ServiceCatalog.Current.Implemented.Select(e => e.Id)
            .Where(id => id != "self-healing-orchestrator" && !Kept.Contains(id))
            .Select((id, i) => KeyValuePair.Create($"Azora__Supervisor__Exclude__{i}", id))
            .ToDictionary();
        var database = "azora_" + SplitJourneySteps.Marker();
        await CreateDatabaseAsync(database);

        using var azora = platform.StartAzora(root, ports, platform.Postgres.ConnectionStringFor(database), [], environment);
        List<int> children = [];
        try
        {
            await WaitUntilReadyAsync(azora, root, new Uri($"http://127.0.0.1:{ports[ServiceCatalog.GatewayId]}/{ServiceCatalog.SessionServiceId}/health/ready"));
            children = ChildrenOf(azora.Id);
            Assert.Equal(Kept.Length, children.Count);

            azora.Kill();
            await azora.WaitForExitAsync();

            var left = await Polling.UntilAsync(() => Task.FromResult(children.Where(IsRunning).ToList()), running => running.Count == 0, ExitPatience);
            Assert.Empty(left);
        }
        finally
        {
            // Whatever a failed run left behind.
            foreach (var pid in children.Where(IsRunning))
            {
                Process.Start("kill", ["-KILL", pid.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            }
            if (!azora.HasExited)
            {
                azora.Kill(entireProcessTree: true);
            }
        }
    }

    private async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(platform.Postgres.ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>Until the gateway answers ready for session-service: both children run and are in rotation.</summary>
    private static async Task WaitUntilReadyAsync(Process azora, string root, Uri ready)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + StartPatience;
        while (true)
        {
            Assert.False(azora.HasExited, $"azora run --split exited: {SplitPlatform.Log(root)}");
            try
            {
                using var response = await http.GetAsync(ready);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            Assert.True(DateTime.UtcNow < deadline, $"The small platform was not ready in time: {SplitPlatform.Log(root)}");
            await Task.Delay(500);
        }
    }

    /// <summary>The processes whose parent is <paramref name="pid"/>, from /proc.</summary>
    private static List<int> ChildrenOf(int pid) =>
    [
        .. Directory.GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => name!.All(char.IsAsciiDigit))
            .Select(name => int.Parse(name!, CultureInfo.InvariantCulture))
            .Where(child => Stat(child) is { } stat && stat.ParentPid == pid),
    ];

    /// <summary>Alive and not a zombie waiting to be reaped (a container's init may never reap orphans).</summary>
    private static bool IsRunning(int pid) => Stat(pid) is { State: not 'Z' and not 'X' };

    /// <summary>The state and parent of a process from <c>/proc/&lt;pid&gt;/stat</c>, or null once it is gone.</summary>
    private static (char State, int ParentPid)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        // "pid (command) state ppid ...": the command may hold spaces and parentheses, so read after its last ')'.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
    }
}

using System.Net;
using Azora.LoadBalancer.Domain;
using Azora.LoadBalancer.Features.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Azora.LoadBalancer.Tests;

public sealed class ReadinessProbePolicyTests
{
    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _started = new();
        public CancellationToken ApplicationStarted => _started.Token;
        public CancellationToken ApplicationStopping => CancellationToken.None;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void Start() => _started.Cancel();
        public void StopApplication() { }
        public void Dispose() => _started.Dispose();
    }

    /// <summary>Records the verdicts and applies them, as YARP's own updater does.</summary>
    private sealed class Verdicts : IDestinationHealthUpdater
    {
        public int Calls { get; private set; }

        public void SetActive(ClusterState cluster, IEnumerable<NewActiveDestinationHealth> newHealthStates)
        {
            Calls++;
            foreach (var state in newHealthStates)
            {
                state.Destination.Health.Active = state.NewActiveHealth;
            }
        }

        public void SetPassive(ClusterState cluster, DestinationState destination, DestinationHealth newHealth, TimeSpan reactivationPeriod) =>
            throw new InvalidOperationException("The active policy never sets passive health.");
    }

    private readonly Lifetime _lifetime = new();
    private readonly Verdicts _verdicts = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly GatewayOptions _options = new() { HealthChecks = { UnhealthyAfterFailures = 2 } };
    private readonly ClusterState _cluster = new("user-service");
    private readonly DestinationState _destination = new("user-service-1");
    private readonly ReadinessProbePolicy _policy;

    public ReadinessProbePolicyTests() =>
        _policy = new ReadinessProbePolicy(_lifetime, _verdicts, _options, _clock);

    /// <summary>A periodic round: one probe interval after the last, answered with <paramref name="status"/> or refused.</summary>
    private void Probe(HttpStatusCode? status)
    {
        _clock.Advance(_options.HealthChecks.Interval);
        ProbeNow(status);
    }

    /// <summary>A round that ends now, such as the one the gateway adds when its host starts, overlapping a periodic one.</summary>
    private void ProbeNow(HttpStatusCode? status)
    {
        using var response = status is { } code ? new HttpResponseMessage(code) : null;
        _policy.ProbingCompleted(_cluster, [new DestinationProbingResult(_destination, response, status is null ? new HttpRequestException("refused") : null)]);
    }

    [Fact]
    public void Probes_that_ran_before_the_host_started_do_not_count()
    {
        Probe(null);
        Probe(null);
        Probe(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(0, _verdicts.Calls);
        Assert.Equal(DestinationHealth.Unknown, _destination.Health.Active);
    }

    [Fact]
    public void After_start_one_failure_is_forgiven_and_two_in_a_row_take_the_destination_out()
    {
        _lifetime.Start();

        Probe(null);
        Assert.Equal(DestinationHealth.Unknown, _destination.Health.Active);
        Probe(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(DestinationHealth.Unhealthy, _destination.Health.Active);
    }

    [Fact]
    public void A_successful_probe_makes_the_destination_healthy_and_resets_the_count()
    {
        _lifetime.Start();

        Probe(null);
        Probe(HttpStatusCode.OK);
        Assert.Equal(DestinationHealth.Healthy, _destination.Health.Active);
        Probe(null);
        Assert.Equal(DestinationHealth.Healthy, _destination.Health.Active);
        Probe(null);
        Assert.Equal(DestinationHealth.Unhealthy, _destination.Health.Active);
    }

    [Fact]
    public void Failures_before_start_are_not_carried_into_the_count_after_it()
    {
        Probe(null);
        _lifetime.Start();

        Probe(null);

        Assert.Equal(DestinationHealth.Unknown, _destination.Health.Active);
    }

    [Fact]
    public void Failures_of_overlapping_rounds_count_once()
    {
        _lifetime.Start();

        Probe(null);
        _clock.Advance(_options.HealthChecks.Timeout - TimeSpan.FromMilliseconds(1));
        ProbeNow(null);
        Assert.Equal(DestinationHealth.Unknown, _destination.Health.Active);

        Probe(null);
        Assert.Equal(DestinationHealth.Unhealthy, _destination.Health.Active);
    }

    [Fact]
    public void Rounds_half_an_interval_apart_are_successive_failures()
    {
        _lifetime.Start();

        Probe(null);
        _clock.Advance(_options.HealthChecks.Interval / 2);
        ProbeNow(null);

        Assert.Equal(DestinationHealth.Unhealthy, _destination.Health.Active);
    }
}

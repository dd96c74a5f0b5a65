namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>The gateway's rotation: an instance is added once it is ready and drained before it is stopped or restarted.</summary>
internal interface IGatewayRegistry
{
    Task RegisterAsync(ProcessSpec instance, CancellationToken cancellationToken);

    Task DrainAsync(ProcessSpec instance, CancellationToken cancellationToken);
}

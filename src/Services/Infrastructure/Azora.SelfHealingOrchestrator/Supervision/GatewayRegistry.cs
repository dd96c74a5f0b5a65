namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>The gateway's rotation: an instance is added once it is ready and drained before it is stopped or restarted.</summary>
internal interface IGatewayRegistry
{
    /// <summary>False when the gateway could not be told (it is restarting, or its token could not be had): try again later.</summary>
    Task<bool> RegisterAsync(ProcessSpec instance, CancellationToken cancellationToken);

    Task DrainAsync(ProcessSpec instance, CancellationToken cancellationToken);
}

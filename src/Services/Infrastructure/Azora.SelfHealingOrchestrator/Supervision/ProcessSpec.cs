namespace Azora.SelfHealingOrchestrator.Supervision;

/// <summary>
/// How to start one instance and find it: the program and its arguments and environment, its base address (readiness
/// is asked at <c>/health/ready</c>), the start-up tier (lower tiers are ready before higher ones start) and whether the
/// gateway sends it traffic.
/// </summary>
public sealed record ProcessSpec(
    string InstanceId,
    string ServiceId,
    Uri Address,
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    int Tier,
    bool InGateway);

namespace Azora.Bench.Scenarios;

/// <summary>One measured part of the run: it prepares its data through the public APIs, loads, and adds its figures.</summary>
public interface IScenario
{
    string Name { get; }

    Task RunAsync(BenchContext context);
}

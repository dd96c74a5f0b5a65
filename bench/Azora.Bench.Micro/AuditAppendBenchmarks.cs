using Azora.AuditLoggingService.Domain;
using Azora.AuditLoggingService.Log;
using Azora.Contracts.Audit;
using Azora.Testing;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Bench.Micro;

/// <summary>
/// The audit log's whole append, as its message handler does it: the event canonicalized, hashed, stored in SQLite with
/// its leaf index, and added to the Merkle tree; against the floor, the same leaf appended to the tree in memory only.
/// </summary>
public class AuditAppendBenchmarks
{
    private TestPlatform _platform = null!;
    private AuditLogWriter _writer = null!;
    private readonly MerkleTree _tree = new();

    [GlobalSetup]
    public void Setup()
    {
        _platform = TestPlatform.StartAsync(["audit-logging-service"]).GetAwaiter().GetResult();
        _writer = _platform.App.Services.GetRequiredService<AuditLogWriter>();
    }

    [GlobalCleanup]
    public void Cleanup() => _platform.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static AuditEventRecorded NewEvent() => new(
        Guid.CreateVersion7(), new AuditActor("azora-credentials", AuditActorKind.Service), "credential.issued",
        new AuditResource("credential", Guid.CreateVersion7().ToString()), AuditOutcome.Succeeded, DateTimeOffset.UtcNow,
        "azora-credentials", new Dictionary<string, string> { ["achievement"] = "SQL Foundations" });

    [Benchmark(Baseline = true, Description = "Merkle append of the event's leaf, in memory")]
    public void BaselineTreeAppend()
    {
        var e = NewEvent();
        var record = AuditRecord.Create(e.EventId, e.Actor.Id, "service", e.Action, e.Resource.Type, e.Resource.Id, "succeeded",
            e.OccurredAt, DateTimeOffset.UtcNow, e.SourceService, e.Details);
        _tree.Append(MerkleHash.Leaf(record.ToCanonicalJson()));
    }

    [Benchmark(Description = "audit log append, stored in SQLite")]
    public Task<bool> StoredAppend() => _writer.AppendAsync(NewEvent(), CancellationToken.None);
}

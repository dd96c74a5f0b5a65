using Azora.Education.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.Education.Features.Catalog;

/// <summary>
/// Holds this process's <see cref="CatalogSnapshot"/> and replaces it when the read model changes. A committed change
/// to the catalog (<see cref="CatalogChangeInterceptor"/>) counts one more generation; the next search then builds a new
/// snapshot from the database before it answers, so a publication this process has handled is searchable at once.
/// Searches running together share one build.
/// </summary>
/// <remarks>
/// Replicas of azora-education share the database but not their events: a broker hands each event to one replica
/// only. Where replicas can exist (a broker is configured), a snapshot therefore also expires after
/// <see cref="_lifetime"/>, so that the others' changes show within that time, as the catalog's HTTP caching allows.
/// </remarks>
internal sealed class CatalogSnapshots(IServiceScopeFactory scopes, TimeProvider clock, TimeSpan? lifetime)
{
    private readonly TimeSpan? _lifetime = lifetime;
    private readonly Lock _gate = new();
    private long _generation;
    private Built? _current;
    private Task<Built>? _building;
    private long _buildingGeneration = -1;

    /// <summary>Counts a committed change to the catalog's read model.</summary>
    public void Changed() => Interlocked.Increment(ref _generation);

    /// <summary>A snapshot that includes every change committed before this call.</summary>
    public async ValueTask<CatalogSnapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && IsFresh(current))
        {
            return current.Snapshot;
        }
        var built = await BuildAsync().WaitAsync(cancellationToken);
        return built.Snapshot;
    }

    private bool IsFresh(Built built) =>
        built.Snapshot.Generation == Interlocked.Read(ref _generation)
        && (_lifetime is not { } lifetime || clock.GetUtcNow() - built.At < lifetime);

    /// <summary>Joins the build under way when it started after the latest change, or starts one.</summary>
    private Task<Built> BuildAsync()
    {
        lock (_gate)
        {
            if (_current is { } current && IsFresh(current))
            {
                return Task.FromResult(current);
            }
            var generation = Interlocked.Read(ref _generation);
            if (_building is { IsCompleted: false } building && _buildingGeneration == generation)
            {
                return building;
            }
            _buildingGeneration = generation;
            _building = LoadAsync(generation);
            return _building;
        }
    }

    /// <summary>Reads every catalog course; the generation is read before the query, so a change racing it builds again.</summary>
    private async Task<Built> LoadAsync(long generation)
    {
        await Task.Yield();
        var at = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EducationDbContext>();
        var courses = await db.Courses.AsNoTracking().Include(c => c.Skills).AsSplitQuery().ToListAsync(CancellationToken.None);
        var built = new Built(CatalogSnapshot.Of(generation, courses), at);
        lock (_gate)
        {
            if (_current is null || _current.Snapshot.Generation <= generation)
            {
                Volatile.Write(ref _current, built);
            }
        }
        return built;
    }

    private sealed record Built(CatalogSnapshot Snapshot, DateTimeOffset At);
}

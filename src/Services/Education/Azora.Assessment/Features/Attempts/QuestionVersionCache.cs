using Azora.Assessment.Data;
using Azora.Assessment.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Azora.Assessment.Features.Attempts;

/// <summary>
/// The question versions attempts were given, kept in memory once read and shared by every request. A version never
/// changes once written (a revision is a new version, and none is deleted), so a copy read once stays what the database
/// holds however many instances of the service run; an autosave or a submission then reads only its attempt. At most
/// <see cref="Capacity"/> versions are kept: when it is full, the least recently used make room.
/// </summary>
internal sealed class QuestionVersionCache : IDisposable
{
    public const int Capacity = 20_000;

    private static readonly MemoryCacheEntryOptions OneEntry = new() { Size = 1 };

    private readonly MemoryCache _versions = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Every version the attempts' items point at, by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, QuestionVersion>> OfAsync(AssessmentDbContext db, IEnumerable<Attempt> attempts, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, QuestionVersion>();
        var missing = new List<Guid>();
        foreach (var id in attempts.SelectMany(a => a.Items).Select(i => i.QuestionVersionId).Distinct())
        {
            if (_versions.TryGetValue(id, out QuestionVersion? version))
            {
                found[id] = version!;
            }
            else
            {
                missing.Add(id);
            }
        }
        if (missing.Count > 0)
        {
            foreach (var version in await db.QuestionVersions.AsNoTracking().Where(v => missing.Contains(v.Id)).ToListAsync(cancellationToken))
            {
                found[version.Id] = _versions.Set(version.Id, version, OneEntry);
            }
        }
        return found;
    }

    public void Dispose() => _versions.Dispose();
}

using Azora.SessionService.Data;
using Microsoft.EntityFrameworkCore;

namespace Azora.SessionService.Server;

/// <summary>Secrets the server makes for itself once and then reads back, so every start and replica agrees on them.</summary>
internal sealed class ServerSecrets(SessionDbContext db, TimeProvider clock)
{
    public string GetOrCreate(string name, Func<string> generate)
    {
        if (db.ServerSecrets.AsNoTracking().SingleOrDefault(s => s.Name == name) is { } existing)
        {
            return existing.Value;
        }
        db.ServerSecrets.Add(new ServerSecret { Name = name, Value = generate(), CreatedAt = clock.GetUtcNow() });
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Created concurrently by another instance: the stored value wins.
            db.ChangeTracker.Clear();
        }
        return db.ServerSecrets.AsNoTracking().Single(s => s.Name == name).Value;
    }
}

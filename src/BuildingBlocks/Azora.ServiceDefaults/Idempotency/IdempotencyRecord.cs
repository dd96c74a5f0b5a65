using Microsoft.EntityFrameworkCore;

namespace Azora.ServiceDefaults.Idempotency;

/// <summary>
/// The response given to a request carrying an <c>Idempotency-Key</c>, kept so that the same request again gets the same
/// response (Stripe's semantics). A record whose <see cref="StatusCode"/> is 0 belongs to a request still in progress.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int KeyMaxLength = 255;
    public const int CallerMaxLength = 200;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private IdempotencyRecord()
    {
    }

    /// <summary>Who sent the key (the token's subject): one caller's keys never meet another's.</summary>
    public string Caller { get; private set; } = "";
    public string Key { get; private set; } = "";

    /// <summary>SHA-256 of the method, path and request, hex: the same key with another request is refused.</summary>
    public string RequestHash { get; private set; } = "";
    public int StatusCode { get; private set; }
    public string? ContentType { get; private set; }
    public string? Body { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsComplete => StatusCode != 0;

    public static IdempotencyRecord Begin(string caller, string key, string requestHash, DateTimeOffset now) =>
        new() { Caller = caller, Key = key, RequestHash = requestHash, CreatedAt = now };

    public void Complete(int statusCode, string contentType, string body)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
    }
}

public static class IdempotencyRecords
{
    /// <summary>Maps <see cref="IdempotencyRecord"/> into a service's model (table <c>idempotency_keys</c>).</summary>
    public static ModelBuilder MapIdempotencyRecords(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_keys");
            record.HasKey(r => new { r.Caller, r.Key });
            record.Property(r => r.Caller).HasMaxLength(IdempotencyRecord.CallerMaxLength);
            record.Property(r => r.Key).HasMaxLength(IdempotencyRecord.KeyMaxLength);
            record.Property(r => r.RequestHash).HasMaxLength(64);
            record.Property(r => r.ContentType).HasMaxLength(100);
            record.Ignore(r => r.IsComplete);
            record.HasIndex(r => r.CreatedAt);
        });
        return modelBuilder;
    }

    /// <summary>Forgets keys older than <see cref="IdempotencyRecord.Retention"/>; a service's sweep calls it.</summary>
    public static Task<int> ForgetExpiredKeysAsync(this DbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - IdempotencyRecord.Retention;
        return db.Set<IdempotencyRecord>().Where(r => r.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;

namespace Azora.SessionService.Data;

/// <summary>
/// session-service's own tables: OpenIddict's applications, authorizations (a user's sessions), scopes and tokens,
/// the server's signing keys and the secrets it generated for itself.
/// </summary>
internal class SessionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<ServerSecret> ServerSecrets => Set<ServerSecret>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();

        modelBuilder.Entity<SigningKey>(key =>
        {
            key.ToTable("signing_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.KeyId).HasMaxLength(64);
            key.HasIndex(k => k.KeyId).IsUnique();
            key.Property(k => k.PrivateKeyPem).HasMaxLength(8192);
        });

        modelBuilder.Entity<ServerSecret>(secret =>
        {
            secret.ToTable("server_secrets");
            secret.HasKey(s => s.Name);
            secret.Property(s => s.Name).HasMaxLength(128);
            secret.Property(s => s.Value).HasMaxLength(1024);
        });
    }
}

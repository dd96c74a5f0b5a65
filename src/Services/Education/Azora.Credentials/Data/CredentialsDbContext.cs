using Azora.Credentials.Domain;
using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Azora.Credentials.Data;

/// <summary>azora-credentials's tables. The service injects this type; the provider-specific subclasses carry the migrations.</summary>
internal class CredentialsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<IssuerKey> IssuerKeys => Set<IssuerKey>();

    public DbSet<IssuedCredential> Credentials => Set<IssuedCredential>();

    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IssuerKey>(key =>
        {
            key.ToTable("issuer_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).ValueGeneratedNever();
            key.Property(k => k.PublicKeyMultibase).HasMaxLength(IssuerKey.MultibaseMaxLength);
            key.HasIndex(k => k.PublicKeyMultibase).IsUnique();
            key.HasIndex(k => k.Current).IsUnique();
            key.Ignore(k => k.IsCurrent);
        });

        modelBuilder.Entity<IssuedCredential>(credential =>
        {
            credential.ToTable("credentials");
            credential.HasKey(c => c.Id);
            credential.Property(c => c.Id).ValueGeneratedNever();
            credential.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            credential.Property(c => c.AchievementName).HasMaxLength(IssuedCredential.NameMaxLength);
            credential.Property(c => c.VerificationMethod).HasMaxLength(500);
            credential.HasIndex(c => new { c.LearnerId, c.Kind, c.SourceId }).IsUnique();
            credential.HasIndex(c => c.RevocationIndex).IsUnique();
            credential.HasIndex(c => c.SuspensionIndex).IsUnique();
            credential.HasIndex(c => new { c.LearnerId, c.Id });
            credential.Ignore(c => c.CredentialUri);
            // Two status changes at once: the second finds the row changed and is refused, so each audit event tells a real change.
            credential.Property(c => c.StatusVersion).IsConcurrencyToken();
        });

        modelBuilder.Entity<ShareLink>(link =>
        {
            link.ToTable("share_links");
            link.HasKey(l => l.Id);
            link.Property(l => l.Id).ValueGeneratedNever();
            link.Property(l => l.TokenHash).HasMaxLength(64);
            link.HasIndex(l => l.TokenHash).IsUnique();
            link.HasIndex(l => new { l.CredentialId, l.Id });
            link.HasOne<IssuedCredential>().WithMany().HasForeignKey(l => l.CredentialId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

using Azora.Pricing.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Data;

/// <summary>azora-pricing's tables. The service injects this type; the provider-specific subclasses carry the migrations.</summary>
internal class PricingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes");
            note.HasKey(n => n.Id);
            note.Property(n => n.Id).ValueGeneratedNever();
            note.Property(n => n.Title).HasMaxLength(Note.TitleMaxLength);
            note.Property(n => n.Body).HasMaxLength(Note.BodyMaxLength);
            note.HasIndex(n => new { n.OwnerId, n.Id });
        });
    }
}

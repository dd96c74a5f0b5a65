using Azora.Content.Domain;
using Microsoft.EntityFrameworkCore;

namespace Azora.Content.Data;

/// <summary>azora-content's tables. The service injects this type; the provider-specific subclasses carry the migrations.</summary>
internal class ContentDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ContentItem> Items => Set<ContentItem>();
    public DbSet<ContentVersion> Versions => Set<ContentVersion>();
    public DbSet<ItemTag> Tags => Set<ItemTag>();
    public DbSet<ItemCoOwner> CoOwners => Set<ItemCoOwner>();
    public DbSet<ComponentUsage> ComponentUsages => Set<ComponentUsage>();
    public DbSet<MediaAsset> Media => Set<MediaAsset>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentItem>(item =>
        {
            item.ToTable("items");
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.Title).HasMaxLength(ContentItem.TitleMaxLength);
            item.Property(i => i.Revision).IsConcurrencyToken();
            item.Ignore(i => i.Latest);
            item.Ignore(i => i.Published);
            item.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
            item.HasMany(i => i.Tags).WithOne().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
            item.Navigation(i => i.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
            item.HasMany(i => i.CoOwners).WithOne().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
            item.Navigation(i => i.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);
            item.Navigation(i => i.CoOwners).UsePropertyAccessMode(PropertyAccessMode.Field);
            item.HasIndex(i => new { i.OwnerId, i.Id });
        });

        modelBuilder.Entity<ContentVersion>(version =>
        {
            version.ToTable("versions");
            version.HasKey(v => new { v.ItemId, v.Number });
            version.Property(v => v.Number).ValueGeneratedNever();
            version.Property(v => v.Markdown).HasMaxLength(ContentVersion.MarkdownMaxLength);
            version.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
            version.Ignore(v => v.IsOpen);
        });

        modelBuilder.Entity<ItemTag>(tag =>
        {
            tag.ToTable("item_tags");
            tag.HasKey(t => new { t.ItemId, t.Name });
            tag.Property(t => t.Name).HasMaxLength(ItemTag.NameMaxLength);
            tag.HasIndex(t => new { t.Name, t.ItemId });
        });

        modelBuilder.Entity<ItemCoOwner>(coOwner =>
        {
            coOwner.ToTable("item_co_owners");
            coOwner.HasKey(c => new { c.ItemId, c.AccountId });
            coOwner.HasIndex(c => new { c.AccountId, c.ItemId });
        });

        modelBuilder.Entity<ComponentUsage>(usage =>
        {
            usage.ToTable("component_usages");
            usage.HasKey(u => new { u.ComponentId, u.ItemId });
            usage.HasIndex(u => u.ItemId);
        });

        modelBuilder.Entity<MediaAsset>(media =>
        {
            media.ToTable("media");
            media.HasKey(m => m.Hash);
            media.Property(m => m.Hash).HasMaxLength(MediaAsset.HashLength);
            media.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
            media.Property(m => m.MediaType).HasMaxLength(40);
        });
    }
}

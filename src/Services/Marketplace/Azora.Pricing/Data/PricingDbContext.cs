using Azora.Pricing.Domain;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Azora.Pricing.Data;

/// <summary>azora-pricing's tables. The service injects this type; the provider-specific subclasses carry the migrations.</summary>
internal class PricingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<PriceBook> PriceBooks => Set<PriceBook>();
    public DbSet<ProductPrice> ProductPrices => Set<ProductPrice>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Coupon> Coupons => Set<Coupon>();
    public DbSet<CouponRedemption> CouponRedemptions => Set<CouponRedemption>();
    public DbSet<Subscription> Subscriptions => Set<Subscription>();
    public DbSet<SubscriptionCharge> SubscriptionCharges => Set<SubscriptionCharge>();
    public DbSet<Quote> Quotes => Set<Quote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapIdempotencyRecords();

        modelBuilder.Entity<PriceBook>(book =>
        {
            book.ToTable("price_books");
            book.HasKey(b => b.Id);
            book.Property(b => b.Id).ValueGeneratedNever();
            book.Property(b => b.Name).HasMaxLength(PriceBook.NameMaxLength);
            book.Property(b => b.Currency).HasMaxLength(3);
            book.Property(b => b.BaseCountry).HasMaxLength(2);
            book.Property(b => b.Rounding).HasConversion<string>().HasMaxLength(16);
            book.Property(b => b.Version).IsConcurrencyToken();
            book.HasIndex(b => b.Currency).IsUnique();
        });

        modelBuilder.Entity<ProductPrice>(price =>
        {
            price.ToTable("product_prices");
            price.HasKey(p => p.Id);
            price.Property(p => p.Id).ValueGeneratedNever();
            price.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            price.Property(p => p.Name).HasMaxLength(ProductPrice.NameMaxLength);
            price.Property(p => p.Version).IsConcurrencyToken();
            price.HasIndex(p => new { p.PriceBookId, p.ProductId }).IsUnique();
            price.HasOne<PriceBook>().WithMany().HasForeignKey(p => p.PriceBookId);
        });

        modelBuilder.Entity<Plan>(plan =>
        {
            plan.ToTable("plans");
            plan.HasKey(p => p.Id);
            plan.Property(p => p.Id).ValueGeneratedNever();
            plan.Property(p => p.Currency).HasMaxLength(3);
            plan.Property(p => p.Code).HasMaxLength(Plan.CodeMaxLength);
            plan.Property(p => p.Name).HasMaxLength(Plan.NameMaxLength);
            plan.Property(p => p.IntervalUnit).HasConversion<string>().HasMaxLength(8);
            plan.Ignore(p => p.Interval);
            plan.HasIndex(p => new { p.PriceBookId, p.Code }).IsUnique();
            plan.HasOne<PriceBook>().WithMany().HasForeignKey(p => p.PriceBookId);
        });

        modelBuilder.Entity<Coupon>(coupon =>
        {
            coupon.ToTable("coupons");
            coupon.HasKey(c => c.Id);
            coupon.Property(c => c.Id).ValueGeneratedNever();
            coupon.Property(c => c.Code).HasMaxLength(Coupon.CodeMaxLength);
            coupon.Property(c => c.Duration).HasConversion<string>().HasMaxLength(16);
            coupon.HasIndex(c => c.Code).IsUnique();
            coupon.OwnsMany(c => c.AmountsOff, amount =>
            {
                amount.ToTable("coupon_amounts");
                amount.WithOwner().HasForeignKey("CouponId");
                amount.HasKey("CouponId", nameof(CouponAmount.Currency));
                amount.Property(a => a.Currency).HasMaxLength(3);
            });
            coupon.OwnsMany(c => c.Targets, target =>
            {
                target.ToTable("coupon_targets");
                target.WithOwner().HasForeignKey("CouponId");
                target.HasKey("CouponId", nameof(CouponTarget.TargetId));
            });
            coupon.Navigation(c => c.AmountsOff).AutoInclude();
            coupon.Navigation(c => c.Targets).AutoInclude();
        });

        modelBuilder.Entity<CouponRedemption>(redemption =>
        {
            redemption.ToTable("coupon_redemptions");
            redemption.HasKey(r => r.Id);
            redemption.Property(r => r.Id).ValueGeneratedNever();
            redemption.HasIndex(r => new { r.CouponId, r.Reference }).IsUnique();
            redemption.HasIndex(r => new { r.CouponId, r.CustomerId, r.CustomerOrdinal }).IsUnique();
            redemption.HasOne<Coupon>().WithMany().HasForeignKey(r => r.CouponId);
        });

        modelBuilder.Entity<Subscription>(subscription =>
        {
            subscription.ToTable("subscriptions");
            subscription.HasKey(s => s.Id);
            subscription.Property(s => s.Id).ValueGeneratedNever();
            subscription.Property(s => s.Currency).HasMaxLength(3);
            subscription.Property(s => s.Country).HasMaxLength(2);
            subscription.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            subscription.Property(s => s.IntervalUnit).HasConversion<string>().HasMaxLength(8);
            subscription.Property(s => s.ScheduledIntervalUnit).HasConversion<string>().HasMaxLength(8);
            subscription.Property(s => s.Version).IsConcurrencyToken();
            subscription.Ignore(s => s.Interval);
            subscription.HasIndex(s => new { s.CustomerId, s.CreatedAt, s.Id });
            subscription.Ignore(s => s.NewCharges);
            subscription.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<SubscriptionCharge>(charge =>
        {
            charge.ToTable("subscription_charges");
            charge.HasKey(c => c.Id);
            charge.Property(c => c.Id).ValueGeneratedNever();
            charge.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
            charge.HasIndex(c => new { c.SubscriptionId, c.Sequence }).IsUnique();
            charge.HasOne<Subscription>().WithMany().HasForeignKey(c => c.SubscriptionId);
        });

        modelBuilder.Entity<Quote>(quote =>
        {
            quote.ToTable("quotes");
            quote.HasKey(q => q.Id);
            quote.Property(q => q.Id).ValueGeneratedNever();
            quote.Property(q => q.OwnerSubject).HasMaxLength(200);
            quote.Property(q => q.Currency).HasMaxLength(3);
            quote.Property(q => q.Country).HasMaxLength(2);
            quote.Property(q => q.TaxKind).HasConversion<string>().HasMaxLength(16);
            quote.Property(q => q.TaxRatePercent).HasPrecision(7, 4);
            quote.Property(q => q.TaxNote).HasMaxLength(300);
            quote.Property(q => q.BuyerVatNumber).HasMaxLength(Tax.VatNumber.MaxLength + 2);
            quote.Property(q => q.CouponCode).HasMaxLength(Coupon.CodeMaxLength);
            quote.HasIndex(q => new { q.OwnerSubject, q.Id });
            quote.OwnsMany(q => q.Lines, line =>
            {
                line.ToTable("quote_lines");
                line.WithOwner().HasForeignKey(l => l.QuoteId);
                line.HasKey(l => new { l.QuoteId, l.Position });
                line.Property(l => l.Position).ValueGeneratedNever();
                line.Property(l => l.Kind).HasMaxLength(16);
                line.Property(l => l.Name).HasMaxLength(ProductPrice.NameMaxLength);
                line.Property(l => l.CountryPriceLevel).HasPrecision(9, 4);
                line.Property(l => l.BasePriceLevel).HasPrecision(9, 4);
                line.Property(l => l.RegionalNote).HasMaxLength(400);
            });
            quote.Navigation(q => q.Lines).AutoInclude();
        });
    }
}

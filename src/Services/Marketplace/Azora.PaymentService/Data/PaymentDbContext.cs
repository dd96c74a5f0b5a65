using Azora.PaymentService.Domain;
using Azora.PaymentService.Domain.Payments;
using Azora.PaymentService.Domain.Rewards;
using Azora.PaymentService.Domain.Webhooks;
using Azora.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Azora.PaymentService.Data;

/// <summary>payment-service's tables. The service injects this type; the provider-specific subclasses carry the migrations.</summary>
internal class PaymentDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Transfer> Transfers => Set<Transfer>();
    public DbSet<Hold> Holds => Set<Hold>();
    public DbSet<PaymentIntent> PaymentIntents => Set<PaymentIntent>();
    public DbSet<Refund> Refunds => Set<Refund>();
    public DbSet<Payout> Payouts => Set<Payout>();
    public DbSet<RewardGrant> RewardGrants => Set<RewardGrant>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Account>(account =>
        {
            account.ToTable("accounts");
            account.HasKey(a => a.Id);
            account.Property(a => a.Id).ValueGeneratedNever();
            account.Property(a => a.Currency).HasMaxLength(3).IsFixedLength();
            account.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            // One account per owner, kind and currency.
            account.HasIndex(a => new { a.OwnerId, a.Kind, a.Currency }).IsUnique();
        });

        modelBuilder.Entity<Transfer>(transfer =>
        {
            transfer.ToTable("transfers");
            transfer.HasKey(t => t.Id);
            transfer.Property(t => t.Id).ValueGeneratedNever();
            transfer.Property(t => t.Currency).HasMaxLength(3).IsFixedLength();
            transfer.Property(t => t.Reference).HasMaxLength(Transfer.ReferenceMaxLength);
            transfer.Ignore(t => t.Terms);
            transfer.HasOne<Account>().WithMany().HasForeignKey(t => t.DebitAccountId).OnDelete(DeleteBehavior.Restrict);
            transfer.HasOne<Account>().WithMany().HasForeignKey(t => t.CreditAccountId).OnDelete(DeleteBehavior.Restrict);
            // A transfer is corrected at most once.
            transfer.HasIndex(t => t.Reverses).IsUnique();
            transfer.HasIndex(t => new { t.DebitAccountId, t.CreatedAt });
            transfer.HasIndex(t => new { t.CreditAccountId, t.CreatedAt });
        });

        modelBuilder.Entity<Hold>(hold =>
        {
            hold.ToTable("holds");
            hold.HasKey(h => h.Id);
            hold.Property(h => h.Id).ValueGeneratedNever();
            hold.Property(h => h.Currency).HasMaxLength(3).IsFixedLength();
            hold.Property(h => h.Reference).HasMaxLength(Transfer.ReferenceMaxLength);
            hold.Property(h => h.State).HasConversion<string>().HasMaxLength(10);
            hold.Ignore(h => h.Terms);
            hold.HasOne<Account>().WithMany().HasForeignKey(h => h.DebitAccountId).OnDelete(DeleteBehavior.Restrict);
            hold.HasOne<Account>().WithMany().HasForeignKey(h => h.CreditAccountId).OnDelete(DeleteBehavior.Restrict);
            hold.HasIndex(h => h.TransferId).IsUnique();
            // The sweep finds pending holds whose time has passed.
            hold.HasIndex(h => new { h.State, h.ExpiresAt });
        });

        modelBuilder.Entity<PaymentIntent>(intent =>
        {
            intent.ToTable("payment_intents");
            intent.HasKey(i => i.Id);
            intent.Property(i => i.Id).ValueGeneratedNever();
            intent.Property(i => i.Currency).HasMaxLength(3).IsFixedLength();
            intent.Property(i => i.Status).HasConversion<string>().HasMaxLength(30);
            intent.Property(i => i.CaptureMethod).HasConversion<string>().HasMaxLength(10);
            intent.Property(i => i.Description).HasMaxLength(PaymentIntent.DescriptionMaxLength);
            intent.Property(i => i.PaymentMethod).HasMaxLength(100);
            intent.Property(i => i.ProviderPaymentId).HasMaxLength(200);
            intent.Property(i => i.LastError).HasMaxLength(100);
            intent.Property(i => i.Version).IsConcurrencyToken();
            intent.HasIndex(i => new { i.PayerId, i.CreatedAt });
            // The sweep finds payments still processing at the provider.
            intent.HasIndex(i => i.Status);
        });

        modelBuilder.Entity<Refund>(refund =>
        {
            refund.ToTable("refunds");
            refund.HasKey(r => r.Id);
            refund.Property(r => r.Id).ValueGeneratedNever();
            refund.Property(r => r.Currency).HasMaxLength(3).IsFixedLength();
            refund.Property(r => r.Reason).HasMaxLength(Refund.ReasonMaxLength);
            refund.Property(r => r.ProviderRefundId).HasMaxLength(200);
            refund.HasOne<PaymentIntent>().WithMany().HasForeignKey(r => r.IntentId).OnDelete(DeleteBehavior.Restrict);
            refund.HasIndex(r => new { r.IntentId, r.CreatedAt });
        });

        modelBuilder.Entity<Payout>(payout =>
        {
            payout.ToTable("payouts");
            payout.HasKey(p => p.Id);
            payout.Property(p => p.Id).ValueGeneratedNever();
            payout.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
            payout.Property(p => p.Destination).HasMaxLength(Payout.DestinationMaxLength);
            payout.Property(p => p.Status).HasConversion<string>().HasMaxLength(10);
            payout.Property(p => p.ProviderPayoutId).HasMaxLength(200);
            payout.Ignore(p => p.HoldId);
            payout.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
            payout.HasIndex(p => new { p.Status, p.AvailableAt });
            payout.HasIndex(p => new { p.OwnerId, p.CreatedAt });
        });

        modelBuilder.Entity<RewardGrant>(grant =>
        {
            grant.ToTable("reward_grants");
            grant.HasKey(g => g.Id);
            grant.Property(g => g.Id).ValueGeneratedNever();
            grant.Property(g => g.SourceKey).HasMaxLength(RewardGrant.SourceKeyMaxLength);
            // Each learning event pays once, however often it is delivered.
            grant.HasIndex(g => g.SourceKey).IsUnique();
            // The daily cap sums a learner's paid grants of one day from this index alone, however many grants the day holds.
            grant.HasIndex(g => new { g.LearnerId, g.Day, g.Amount });
        });

        modelBuilder.Entity<WebhookEndpoint>(endpoint =>
        {
            endpoint.ToTable("webhook_endpoints");
            endpoint.HasKey(e => e.Id);
            endpoint.Property(e => e.Id).ValueGeneratedNever();
            endpoint.Property(e => e.Url).HasMaxLength(WebhookEndpoint.UrlMaxLength);
            endpoint.Property(e => e.Secret).HasMaxLength(100);
            endpoint.Property(e => e.EventTypes).HasMaxLength(1000);
            endpoint.Ignore(e => e.Types);
        });

        modelBuilder.Entity<WebhookDelivery>(delivery =>
        {
            delivery.ToTable("webhook_deliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Id).ValueGeneratedNever();
            delivery.Property(d => d.MessageId).HasMaxLength(40);
            delivery.Property(d => d.EventType).HasMaxLength(60);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
            delivery.Property(d => d.LastError).HasMaxLength(WebhookDelivery.ErrorMaxLength);
            delivery.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
            delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
            delivery.HasIndex(d => new { d.EndpointId, d.CreatedAt });
        });

        modelBuilder.MapIdempotencyRecords();
    }
}

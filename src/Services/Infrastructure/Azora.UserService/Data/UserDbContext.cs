using Azora.UserService.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Azora.UserService.Data;

/// <summary>user-service's tables: Identity's accounts, roles and tokens, and the outbound mailbox.</summary>
internal class UserDbContext(DbContextOptions options)
    : IdentityDbContext<Account, AccountRole, Guid>(options)
{
    public DbSet<OutboundEmail> OutboundEmails => Set<OutboundEmail>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Account>(account =>
        {
            account.ToTable("accounts");
            account.Property(a => a.DisplayName).HasMaxLength(Account.DisplayNameMaxLength);
            account.Property(a => a.Bio).HasMaxLength(Account.BioMaxLength);
            account.Property(a => a.TimeZone).HasMaxLength(Account.TimeZoneMaxLength);
            // Identity's own index is not unique; this one settles two registrations racing for one address.
            account.HasIndex(a => a.NormalizedEmail).HasDatabaseName("EmailIndex").IsUnique();
        });
        builder.Entity<AccountRole>(role =>
        {
            role.ToTable("roles");
            role.HasData(RoleSeed.Rows);
        });
        builder.Entity<IdentityUserRole<Guid>>().ToTable("account_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("account_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("account_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("account_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");

        builder.Entity<OutboundEmail>(email =>
        {
            email.ToTable("outbound_emails");
            email.Property(e => e.To).HasMaxLength(OutboundEmail.AddressMaxLength);
            email.Property(e => e.Subject).HasMaxLength(OutboundEmail.SubjectMaxLength);
            email.HasIndex(e => new { e.To, e.SentAt });
        });
    }
}

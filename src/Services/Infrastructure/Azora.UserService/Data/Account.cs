using Microsoft.AspNetCore.Identity;

namespace Azora.UserService.Data;

/// <summary>A person's account. Identity keeps the credentials; these are the profile fields Azora adds.</summary>
internal sealed class Account : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;
    public const int BioMaxLength = 1000;
    public const int TimeZoneMaxLength = 64;

    public string DisplayName { get; set; } = string.Empty;
    public string? Bio { get; set; }

    /// <summary>An IANA time zone id such as <c>Africa/Johannesburg</c>.</summary>
    public string? TimeZone { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the owner deleted the account; its personal data is gone and it can no longer sign in.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>
    /// Forgets everything that identifies the person and makes the credentials unusable; the row stays as a tombstone
    /// so that the id keeps meaning "a deleted account" to the services that still hold it.
    /// </summary>
    public void Anonymise(DateTimeOffset deletedAt)
    {
        UserName = NormalizedUserName = $"deleted-{Id:N}";
        Email = NormalizedEmail = null;
        EmailConfirmed = false;
        PasswordHash = null;
        PhoneNumber = null;
        PhoneNumberConfirmed = false;
        TwoFactorEnabled = false;
        SecurityStamp = Guid.NewGuid().ToString("N");
        DisplayName = string.Empty;
        Bio = null;
        TimeZone = null;
        DeletedAt = deletedAt;
    }
}

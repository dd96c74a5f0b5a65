using Microsoft.AspNetCore.Identity;

namespace Azora.UserService.Data;

internal sealed class AccountRole : IdentityRole<Guid>
{
    public AccountRole()
    {
    }

    public AccountRole(Guid id, string name)
    {
        Id = id;
        Name = name;
        NormalizedName = name.ToUpperInvariant();
        // Fixed so that the seeded rows do not change between migrations.
        ConcurrencyStamp = id.ToString("N");
    }
}

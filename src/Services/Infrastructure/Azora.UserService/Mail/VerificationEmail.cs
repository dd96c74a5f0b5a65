using Azora.ServiceDefaults.Catalog;
using Azora.ServiceDefaults.Hosting;
using Azora.UserService.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;

namespace Azora.UserService.Mail;

/// <summary>Writes the "verify your email" message with a link to the portal page that confirms the address.</summary>
internal sealed class VerificationEmail(UserManager<Account> users, Mailbox mailbox, IConfiguration configuration, PlatformOptions platform)
{
    public const string Subject = "Verify your Azora email address";

    /// <summary>Overrides where the link points, e.g. the public portal's address in production.</summary>
    public const string LinkSetting = "Azora:UserService:EmailVerificationUrl";

    public async Task SendAsync(Account account)
    {
        var email = account.Email ?? throw new InvalidOperationException("An account without an email cannot verify one.");
        var token = await users.GenerateEmailConfirmationTokenAsync(account);
        var link = $"{LinkBase()}?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
        var body =
            $"""
            Hello {account.DisplayName},

            Confirm that this is your email address by opening this link within a day:
            {link}

            Or send this token with your email address to /api/accounts/verify-email: {token}

            If you did not create an Azora account, ignore this message.
            """;
        mailbox.Send(email, Subject, body);
    }

    private string LinkBase() =>
        configuration[LinkSetting] is { Length: > 0 } configured
            ? configured
            : new Uri(platform.AddressOf(ServiceCatalog.Current.Get("azora-web")), "account/verify-email").AbsoluteUri;
}

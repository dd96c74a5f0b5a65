using System.ComponentModel.DataAnnotations;

namespace Azora.UserService.Features.TwoFactor;

/// <summary>A six-digit code from the owner's authenticator app (RFC 6238 TOTP, 30-second steps).</summary>
internal sealed record TwoFactorCodeRequest(
    [Required, RegularExpression("^[0-9]{6}$", ErrorMessage = "The code must be six digits.")] string Code);

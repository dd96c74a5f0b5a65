namespace Azora.SessionService.Domain;

/// <summary>Bounds on what a sign-in may carry, so an oversized field is refused before it reaches user-service.</summary>
internal static class SignInLimits
{
    public const int MaxEmailLength = 256;
    public const int MaxPasswordLength = 512;
    public const int MaxCodeLength = 16;

    /// <summary>The first problem with the fields, or <c>null</c> when they can be checked.</summary>
    public static string? Problem(string? email, string? password, string? code)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return "The email and the password are required.";
        }
        if (email.Length > MaxEmailLength || password.Length > MaxPasswordLength)
        {
            return $"The email must be at most {MaxEmailLength} characters and the password at most {MaxPasswordLength}.";
        }
        if (code is { Length: > MaxCodeLength })
        {
            return $"The two-factor code must be at most {MaxCodeLength} characters.";
        }
        return null;
    }
}

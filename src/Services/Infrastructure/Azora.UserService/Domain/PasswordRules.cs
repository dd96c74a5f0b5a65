namespace Azora.UserService.Domain;

/// <summary>
/// Azora's password rules beyond length: a mix of character kinds, and nothing taken from the owner's email address.
/// Length itself is Identity's option (<see cref="MinimumLength"/>).
/// </summary>
internal static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;
    public const int MinimumCharacterKinds = 2;

    public static IReadOnlyList<string> Violations(string password, string? email)
    {
        var violations = new List<string>();
        if (CharacterKinds(password) < MinimumCharacterKinds)
        {
            violations.Add("Use at least two kinds of characters (lower case, upper case, digits, symbols).");
        }
        if (email is { Length: > 0 } && ContainsEmail(password, email))
        {
            violations.Add("The password must not contain your email address.");
        }
        return violations;
    }

    internal static int CharacterKinds(string password)
    {
        var kinds = 0;
        if (password.Any(char.IsLower)) kinds++;
        if (password.Any(char.IsUpper)) kinds++;
        if (password.Any(char.IsDigit)) kinds++;
        if (password.Any(c => !char.IsLetterOrDigit(c))) kinds++;
        return kinds;
    }

    private static bool ContainsEmail(string password, string email)
    {
        if (password.Contains(email, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // The part before the @ is what people actually reuse; very short local parts are too common to judge by.
        var localPart = email.Split('@')[0];
        return localPart.Length >= 4 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase);
    }
}

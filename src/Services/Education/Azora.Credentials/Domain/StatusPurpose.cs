namespace Azora.Credentials.Domain;

/// <summary>The two Bitstring Status Lists every credential has an entry in.</summary>
internal enum StatusPurpose
{
    Revocation,
    Suspension,
}

internal static class StatusPurposes
{
    public static string Name(this StatusPurpose purpose) => purpose == StatusPurpose.Revocation ? "revocation" : "suspension";

    public static bool TryParse(string text, out StatusPurpose purpose)
    {
        purpose = text == "suspension" ? StatusPurpose.Suspension : StatusPurpose.Revocation;
        return text is "revocation" or "suspension";
    }
}

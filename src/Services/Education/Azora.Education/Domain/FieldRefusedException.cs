namespace Azora.Education.Domain;

/// <summary>A rule refused a value; <see cref="Field"/> names it as the client spells it, so the answer can point at it.</summary>
internal sealed class FieldRefusedException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

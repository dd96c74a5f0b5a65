namespace Azora.LinkedData.Model;

/// <summary>An IRI, held in its decoded form (N-Quads escapes already resolved).</summary>
public sealed record Iri : RdfTerm
{
    public Iri(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
    }

    public string Value { get; }

    public override string ToString() => Value;
}

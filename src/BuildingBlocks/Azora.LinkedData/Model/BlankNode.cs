namespace Azora.LinkedData.Model;

/// <summary>A blank node, identified by its label within one dataset (without the <c>_:</c> prefix).</summary>
public sealed record BlankNode : RdfTerm
{
    public BlankNode(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
    }

    public string Label { get; }

    public override string ToString() => "_:" + Label;
}

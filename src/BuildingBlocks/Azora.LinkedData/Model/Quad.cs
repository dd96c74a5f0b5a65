namespace Azora.LinkedData.Model;

/// <summary>
/// A quad: a triple plus an optional graph name (null means the default graph).
/// Subjects and graph names are IRIs or blank nodes; predicates are IRIs.
/// </summary>
public sealed record Quad
{
    public Quad(RdfTerm subject, Iri predicate, RdfTerm @object, RdfTerm? graph = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(@object);
        if (subject is Literal)
        {
            throw new ArgumentException("A subject is an IRI or a blank node.", nameof(subject));
        }

        if (graph is Literal)
        {
            throw new ArgumentException("A graph name is an IRI or a blank node.", nameof(graph));
        }

        Subject = subject;
        Predicate = predicate;
        Object = @object;
        Graph = graph;
    }

    public RdfTerm Subject { get; }

    public Iri Predicate { get; }

    public RdfTerm Object { get; }

    public RdfTerm? Graph { get; }
}

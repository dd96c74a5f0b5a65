namespace Azora.LinkedData.Model;

/// <summary>An RDF term: an <see cref="Iri"/>, a <see cref="BlankNode"/> or a <see cref="Literal"/>.</summary>
public abstract record RdfTerm;

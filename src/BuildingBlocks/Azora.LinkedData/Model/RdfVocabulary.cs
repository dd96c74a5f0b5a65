namespace Azora.LinkedData.Model;

/// <summary>The few well-known IRIs the data model itself depends on.</summary>
public static class RdfVocabulary
{
    public const string XsdString = "http://www.w3.org/2001/XMLSchema#string";
    public const string RdfLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
}

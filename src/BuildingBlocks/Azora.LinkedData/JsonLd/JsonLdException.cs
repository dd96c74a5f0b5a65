namespace Azora.LinkedData.JsonLd;

/// <summary>
/// A JSON-LD document could not be processed. <see cref="Code"/> is the JSON-LD 1.1 error code
/// (e.g. <c>loading remote context failed</c>, <c>protected term redefinition</c>) or, in safe mode,
/// the name of the data the processor refused to drop silently (e.g. <c>undefined term</c>).
/// </summary>
public sealed class JsonLdException : Exception
{
    public JsonLdException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public JsonLdException()
        : this("invalid JSON-LD", "The JSON-LD document is invalid.")
    {
    }

    public JsonLdException(string message)
        : this("invalid JSON-LD", message)
    {
    }

    public JsonLdException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "invalid JSON-LD";
    }

    public string Code { get; } = "invalid JSON-LD";
}

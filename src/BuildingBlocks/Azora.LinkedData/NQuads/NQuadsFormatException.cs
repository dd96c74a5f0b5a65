namespace Azora.LinkedData.NQuads;

/// <summary>The text is not valid N-Quads; the message names the line and column.</summary>
public sealed class NQuadsFormatException : FormatException
{
    public NQuadsFormatException()
    {
    }

    public NQuadsFormatException(string message)
        : base(message)
    {
    }

    public NQuadsFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NQuadsFormatException(string message, int line, int column)
        : base($"Line {line}, column {column}: {message}")
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}

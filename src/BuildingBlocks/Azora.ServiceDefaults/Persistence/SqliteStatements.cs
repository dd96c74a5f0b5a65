namespace Azora.ServiceDefaults.Persistence;

/// <summary>Tells a SQLite command that only reads from one that may write, from its text.</summary>
internal static class SqliteStatements
{
    /// <summary>
    /// True for a query: its first statement, past blank space and the <c>--</c> comment lines of EF's query tags,
    /// starts with SELECT. Anything else (INSERT, UPDATE, DELETE, DDL, PRAGMA, WITH ...) is treated as a writer; a reader
    /// taken for a writer only waits its turn.
    /// </summary>
    public static bool OnlyReads(string commandText)
    {
        var text = commandText.AsSpan();
        while (true)
        {
            text = text.TrimStart();
            if (!text.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }
            var endOfLine = text.IndexOf('\n');
            if (endOfLine < 0)
            {
                return false;
            }
            text = text[(endOfLine + 1)..];
        }
        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            && (text.Length == "SELECT".Length || !char.IsLetterOrDigit(text["SELECT".Length]));
    }
}

using System.Reflection;

namespace Azora.Pricing.Regional;

/// <summary>Reads one of the bundled data tables (Data/*.csv, embedded in the assembly): its rows, without comments or the header.</summary>
internal static class EmbeddedTable
{
    public static IEnumerable<string[]> Rows(string fileName, char separator)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Azora.Pricing.Data." + fileName)
            ?? throw new InvalidOperationException($"The table {fileName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Where(line => !line.StartsWith('#')).Skip(1).Select(line => line.Split(separator, StringSplitOptions.TrimEntries)).ToList();
    }
}

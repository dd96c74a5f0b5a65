using System.Text.Json;
using Azora.LinkedData.Canonicalization;

namespace Azora.LinkedData.Tests.TestSuite;

/// <summary>One entry of the copied RDFC-1.0 manifest (the W3C suite's own entry format).</summary>
public sealed record ManifestEntry(string Id, string Type, string Name, string Action, string? Result, string? HashAlgorithm)
{
    public const string EvalTest = "rdfc:RDFC10EvalTest";
    public const string MapTest = "rdfc:RDFC10MapTest";
    public const string NegativeEvalTest = "rdfc:RDFC10NegativeEvalTest";

    /// <summary>The canonicalizer the entry asks for: SHA-256 unless the entry names SHA384.</summary>
    public RdfCanonicalizer Canonicalizer() => new(new CanonicalizationOptions
    {
        HashAlgorithm = HashAlgorithm == "SHA384" ? CanonicalHashAlgorithm.Sha384 : CanonicalHashAlgorithm.Sha256,
    });

    public static IReadOnlyList<ManifestEntry> Load()
    {
        using var manifest = JsonDocument.Parse(SuiteFiles.Read("manifest-rdfc10.json"));
        return manifest.RootElement.GetProperty("entries").EnumerateArray()
            .Select(entry => new ManifestEntry(
                entry.GetProperty("id").GetString()!,
                entry.GetProperty("type").GetString()!,
                entry.GetProperty("name").GetString()!,
                entry.GetProperty("action").GetString()!,
                entry.GetProperty("result").GetString(),
                entry.TryGetProperty("hashAlgorithm", out var hash) ? hash.GetString() : null))
            .ToList();
    }

    // Shown as the theory case name, so a failure names the W3C test.
    public override string ToString() => $"{Id} ({Name})";
}

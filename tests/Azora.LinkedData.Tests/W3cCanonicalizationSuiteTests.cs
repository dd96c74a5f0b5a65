using System.Text.Json;
using Azora.LinkedData.Canonicalization;
using Azora.LinkedData.Tests.TestSuite;

namespace Azora.LinkedData.Tests;

/// <summary>Runs the copied entries of the W3C RDF Dataset Canonicalization (RDFC-1.0) test suite.</summary>
public sealed class W3cCanonicalizationSuiteTests
{
    public static TheoryData<ManifestEntry> EvalEntries() => EntriesOfType(ManifestEntry.EvalTest);

    public static TheoryData<ManifestEntry> MapEntries() => EntriesOfType(ManifestEntry.MapTest);

    public static TheoryData<ManifestEntry> NegativeEntries() => EntriesOfType(ManifestEntry.NegativeEvalTest);

    [Theory]
    [MemberData(nameof(EvalEntries))]
    public void Canonical_n_quads_match_the_published_expected_output(ManifestEntry entry)
    {
        var result = entry.Canonicalizer().Canonicalize(SuiteFiles.Read(entry.Action));

        Assert.Equal(SuiteFiles.Read(entry.Result!), result.CanonicalNQuads);
    }

    [Theory]
    [MemberData(nameof(MapEntries))]
    public void Issued_identifiers_match_the_published_map(ManifestEntry entry)
    {
        var expected = JsonSerializer.Deserialize<Dictionary<string, string>>(SuiteFiles.Read(entry.Result!))!;

        var result = entry.Canonicalizer().Canonicalize(SuiteFiles.Read(entry.Action));

        Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal),
            result.IssuedIdentifiers.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NegativeEntries))]
    public void Poison_datasets_are_refused_for_excessive_hash_n_degree_quads_calls(ManifestEntry entry)
    {
        Assert.Throws<CanonicalizationLimitExceededException>(() => entry.Canonicalizer().Canonicalize(SuiteFiles.Read(entry.Action)));
    }

    [Fact]
    public void The_copied_suite_has_every_kind_of_entry()
    {
        Assert.Equal(64, EvalEntries().Count);
        Assert.Equal(14, MapEntries().Count);
        Assert.Single(NegativeEntries());
    }

    private static TheoryData<ManifestEntry> EntriesOfType(string type)
    {
        var data = new TheoryData<ManifestEntry>();
        foreach (var entry in ManifestEntry.Load().Where(entry => entry.Type == type))
        {
            data.Add(entry);
        }

        return data;
    }
}

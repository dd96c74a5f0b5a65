using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Azora.LinkedData.Canonicalization;
using Azora.LinkedData.Tests.TestSuite;

namespace Azora.LinkedData.Tests;

/// <summary>
/// The canonical documents and SHA-256 hashes published with the vc-di-eddsa specification
/// (w3c/vc-di-eddsa, TestVectors/eddsa-rdfc-2022): the employment authorization credential and the proof options.
/// The canonical form is fed back with other blank node labels and shuffled lines, so the canonicalizer
/// has to rediscover the published labelling, and the hash of its output must equal the published hash.
/// </summary>
public sealed partial class VcDiEddsaVectorTests
{
    [Theory]
    [InlineData("vc-di-eddsa/employ-canonDocDataInt.nq", "vc-di-eddsa/employ-docHashDataInt.txt")]
    [InlineData("vc-di-eddsa/proofCanonDataInt.nq", "vc-di-eddsa/proofHashDataInt.txt")]
    public void Relabelled_vector_canonicalizes_to_the_published_form_and_sha256(string canonicalFile, string hashFile)
    {
        var published = SuiteFiles.Read(canonicalFile);
        var scrambled = string.Concat(
            CanonicalLabel().Replace(published, match => "_:node" + (99 - int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Reverse()
                .Select(line => line + "\n"));

        var result = new RdfCanonicalizer().Canonicalize(scrambled);

        Assert.Equal(published, result.CanonicalNQuads);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(result.CanonicalNQuads)));
        Assert.Equal(SuiteFiles.Read(hashFile).Trim(), hash);
    }

    [GeneratedRegex(@"_:c14n(\d+)")]
    private static partial Regex CanonicalLabel();
}

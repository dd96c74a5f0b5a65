using System.Text;
using System.Text.Json.Nodes;
using Azora.Credentials;
using Azora.Credentials.Domain;
using Azora.Credentials.Issuance;
using Azora.Credentials.Proofs;
using Azora.LinkedData.JsonLd;
using BenchmarkDotNet.Attributes;
using NSec.Cryptography;

namespace Azora.Bench.Micro;

/// <summary>
/// azora-credentials' Data Integrity proof (eddsa-rdfc-2022) on an Open Badges 3.0 credential as the service builds it:
/// signing and verifying, and the RDFC-1.0 canonicalization inside both; against the floor, raw Ed25519 signing and
/// verifying of the same credential's bytes with NSec.
/// </summary>
[MemoryDiagnoser]
public class CredentialProofBenchmarks
{
    private const string VerificationMethod = "did:web:azora.example#key-1";

    private readonly EddsaRdfc2022 _suite = new(new JsonLdProcessor(BundledContextLoader.Default));
    private readonly DateTimeOffset _now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private Key _key = null!;
    private JsonObject _unsigned = null!;
    private byte[] _bytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _key = Key.Create(SignatureAlgorithm.Ed25519);
        var options = new CredentialsOptions { IssuerDid = "did:web:azora.example", PublicBaseUrl = "https://azora.example/" };
        var claim = new AchievementClaim(Guid.CreateVersion7(), AchievementKind.Course, Guid.CreateVersion7(), "Course",
            "SQL for analysts", "Querying relational data with SQL.", "Completed every lesson and passed the quiz.",
            ["SQL", "Data analysis"], _now);
        _unsigned = OpenBadgeCredentialBuilder.Build(Guid.CreateVersion7(), claim, options,
            StatusEntry(options, StatusPurpose.Revocation, 17), StatusEntry(options, StatusPurpose.Suspension, 17), _now);
        _bytes = Encoding.UTF8.GetBytes(_unsigned.ToJsonString());
    }

    private static JsonObject StatusEntry(CredentialsOptions options, StatusPurpose purpose, int index) => new()
    {
        ["id"] = $"{options.StatusListUrl(purpose)}#{index}",
        ["type"] = "BitstringStatusListEntry",
        ["statusPurpose"] = StatusPurposes.Name(purpose),
        ["statusListIndex"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["statusListCredential"] = options.StatusListUrl(purpose),
    };

    [Benchmark(Baseline = true, Description = "raw Ed25519 sign + verify of the credential's bytes (NSec)")]
    public bool BaselineEd25519SignVerify()
    {
        var signature = SignatureAlgorithm.Ed25519.Sign(_key, _bytes);
        return SignatureAlgorithm.Ed25519.Verify(_key.PublicKey, _bytes, signature);
    }

    [Benchmark(Description = "Data Integrity eddsa-rdfc-2022 sign + verify of a credential")]
    public bool DataIntegritySignVerify() =>
        _suite.Verify(_suite.AddProof(_unsigned, _key, VerificationMethod, _now), _key.PublicKey);

    [Benchmark(Description = "RDFC-1.0 canonicalization of a credential")]
    public int RdfcCanonicalize() => _suite.Canonicalize(_unsigned).Length;
}

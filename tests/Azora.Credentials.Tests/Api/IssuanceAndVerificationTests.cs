using System.Buffers.Text;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azora.Contracts.Credentials;
using Azora.Contracts.Education;
using Azora.Credentials.Proofs;
using NSec.Cryptography;

namespace Azora.Credentials.Tests.Api;

public sealed class IssuanceAndVerificationTests(CredentialsPlatform fixture) : IClassFixture<CredentialsPlatform>
{
    private const string Ob = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    [Fact]
    public async Task A_completed_course_issues_an_open_badge_credential_on_vc_2_0()
    {
        var learner = Guid.CreateVersion7();
        var completed = CredentialsPlatform.Completion(learner, Guid.CreateVersion7(), "Relational databases");

        var issued = await fixture.PublishAndAwaitCredentialAsync(completed);

        var credential = issued.GetProperty("credential");
        Assert.Equal(["https://www.w3.org/ns/credentials/v2", Ob], credential.GetProperty("@context").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["VerifiableCredential", "OpenBadgeCredential"], credential.GetProperty("type").EnumerateArray().Select(c => c.GetString()));
        var issuer = credential.GetProperty("issuer");
        Assert.StartsWith("did:web:", issuer.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("Profile", issuer.GetProperty("type")[0].GetString());
        var subject = credential.GetProperty("credentialSubject");
        Assert.Equal($"urn:uuid:{learner:D}", subject.GetProperty("id").GetString());
        Assert.Equal("AchievementSubject", subject.GetProperty("type")[0].GetString());
        var achievement = subject.GetProperty("achievement");
        Assert.Equal("Relational databases", achievement.GetProperty("name").GetString());
        Assert.Equal("Tables, keys and joins.", achievement.GetProperty("description").GetString());
        Assert.False(string.IsNullOrEmpty(achievement.GetProperty("criteria").GetProperty("narrative").GetString()));
        Assert.Equal(["SQL joins", "Normalisation"], achievement.GetProperty("alignment").EnumerateArray().Select(a => a.GetProperty("targetName").GetString()));
        var statuses = credential.GetProperty("credentialStatus").EnumerateArray().ToList();
        Assert.Equal(["revocation", "suspension"], statuses.Select(s => s.GetProperty("statusPurpose").GetString()));
        var proof = credential.GetProperty("proof");
        Assert.Equal("eddsa-rdfc-2022", proof.GetProperty("cryptosuite").GetString());
        Assert.StartsWith(issuer.GetProperty("id").GetString() + "#z6Mk", proof.GetProperty("verificationMethod").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("z", proof.GetProperty("proofValue").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_issued_credential_verifies_in_both_formats_with_every_check_reported()
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());

        var dataIntegrity = await fixture.VerifyAsync(new { credential = issued.GetProperty("credential") });
        var bare = await fixture.VerifyAsync(issued.GetProperty("credential"));
        var jwt = await fixture.VerifyAsync(new { jwt = issued.GetProperty("jwt").GetString() });
        var jwtAsCredential = await fixture.VerifyAsync(new { credential = issued.GetProperty("jwt").GetString() });

        foreach (var (report, format) in new[] { (dataIntegrity, "data-integrity"), (bare, "data-integrity"), (jwt, "vc-jwt"), (jwtAsCredential, "vc-jwt") })
        {
            Assert.True(report.GetProperty("valid").GetBoolean(), report.ToString());
            Assert.Equal(format, report.GetProperty("format").GetString());
            Assert.Equal("passed", CredentialsPlatform.CheckResult(report, "proof"));
            Assert.Equal("passed", CredentialsPlatform.CheckResult(report, "issuerKey"));
            Assert.Equal("passed", CredentialsPlatform.CheckResult(report, "status"));
            Assert.Equal("passed", CredentialsPlatform.CheckResult(report, "validity"));
            // audit-logging-service is not hosted here: the check says so rather than failing or erroring.
            Assert.Equal("unavailable", CredentialsPlatform.CheckResult(report, "auditLog"));
        }
    }

    [Fact]
    public async Task A_duplicated_course_completed_issues_one_credential()
    {
        var learner = Guid.CreateVersion7();
        var completed = CredentialsPlatform.Completion(learner, Guid.CreateVersion7());

        await fixture.DeliverAsync(completed);
        await fixture.DeliverAsync(completed);
        await Task.WhenAll(fixture.DeliverAsync(completed), fixture.DeliverAsync(completed));

        using var client = fixture.As(learner, "learner");
        var wallet = await client.GetFromJsonAsync<JsonElement>("/api/wallet");
        Assert.Single(wallet.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_completed_program_issues_its_own_credential_once()
    {
        var learner = Guid.CreateVersion7();
        var program = new ProgramCompleted(learner, Guid.CreateVersion7(), "Data engineering", "Four courses on data.", "degree", ["SQL"], DateTimeOffset.UtcNow);

        await fixture.DeliverAsync(program);
        await fixture.DeliverAsync(program);

        using var client = fixture.As(learner, "learner");
        var item = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/wallet")).GetProperty("items").EnumerateArray());
        Assert.Equal("program", item.GetProperty("kind").GetString());
        var achievement = item.GetProperty("credential").GetProperty("credentialSubject").GetProperty("achievement");
        Assert.Equal("Data engineering", achievement.GetProperty("name").GetString());
        Assert.Equal("Degree", achievement.GetProperty("achievementType").GetString());
        Assert.True((await fixture.VerifyAsync(new { credential = item.GetProperty("credential") })).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Another_service_awards_a_credential_once_per_learner_and_achievement()
    {
        var learner = Guid.CreateVersion7();
        var award = new IssueCredential(
            learner, Guid.CreateVersion7(), "Hackathon winner", "First place, spring hackathon.", "Award",
            "Built the winning project.", ["Teamwork"], "azora-innovation-hub", DateTimeOffset.UtcNow);

        await fixture.DeliverAsync(award);
        await fixture.DeliverAsync(award with { AchievementName = "Renamed" });

        using var client = fixture.As(learner, "learner");
        var item = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/wallet")).GetProperty("items").EnumerateArray());
        Assert.Equal("award", item.GetProperty("kind").GetString());
        var achievement = item.GetProperty("credential").GetProperty("credentialSubject").GetProperty("achievement");
        Assert.Equal("Hackathon winner", achievement.GetProperty("name").GetString());
        Assert.Equal("Award", achievement.GetProperty("achievementType").GetString());
        Assert.True((await fixture.VerifyAsync(new { credential = item.GetProperty("credential") })).GetProperty("valid").GetBoolean());
    }

    public static TheoryData<string, string> Tamperings => new()
    {
        { "name", "Forged name" },
        { "validFrom", "2001-01-01T00:00:00Z" },
        { "credentialSubject.id", "urn:uuid:00000000-0000-0000-0000-000000000001" },
        { "credentialSubject.achievement.name", "Brain surgery" },
        { "credentialSubject.achievement.criteria.narrative", "Nothing at all." },
        { "issuer.name", "Another issuer" },
        { "proof.created", "2001-01-01T00:00:00Z" },
        { "proof.proofValue", "z21EVs3eXERqTn4acNHT9viboqgzUaQ3kTmhPT3eA8qrVPE7CrQq78WkzctnMX5W4CrzcKnHw8V6dvy5pgWYCU5e9" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task Changing_any_field_or_the_proof_makes_the_credential_invalid_naming_the_proof_check(string path, string value)
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());
        var credential = JsonNode.Parse(issued.GetProperty("credential").GetRawText())!.AsObject();
        var parts = path.Split('.');
        var target = parts[..^1].Aggregate((JsonNode)credential, (node, part) => node[part]!);
        target[parts[^1]] = value;

        var report = await fixture.VerifyAsync(new { credential });

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Contains("proof", CredentialsPlatform.FailedChecks(report));
    }

    [Fact]
    public async Task Adding_a_field_or_removing_one_is_also_detected()
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());
        var added = JsonNode.Parse(issued.GetProperty("credential").GetRawText())!.AsObject();
        added["description"] = "An added claim.";
        var removed = JsonNode.Parse(issued.GetProperty("credential").GetRawText())!.AsObject();
        removed["credentialSubject"]!["achievement"]!.AsObject().Remove("alignment");

        Assert.Contains("proof", CredentialsPlatform.FailedChecks(await fixture.VerifyAsync(new { credential = added })));
        Assert.Contains("proof", CredentialsPlatform.FailedChecks(await fixture.VerifyAsync(new { credential = removed })));
    }

    [Fact]
    public async Task A_changed_jwt_payload_is_invalid_naming_the_proof_check()
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());
        var parts = issued.GetProperty("jwt").GetString()!.Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        payload["name"] = "Forged";
        var forged = parts[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];

        var report = await fixture.VerifyAsync(new { jwt = forged });

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal(["proof"], CredentialsPlatform.FailedChecks(report));
    }

    [Fact]
    public async Task The_vc_jwt_is_a_compact_eddsa_jws_that_checks_by_hand_against_the_did_document()
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());
        var parts = issued.GetProperty("jwt").GetString()!.Split('.');
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!;
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
        using var anonymous = fixture.Anonymous();
        var did = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/did.json");

        Assert.Equal("EdDSA", header["alg"]!.GetValue<string>());
        Assert.Equal("vc+jwt", header["typ"]!.GetValue<string>());
        var kid = header["kid"]!.GetValue<string>();
        var method = did.GetProperty("verificationMethod").EnumerateArray().Single(m => m.GetProperty("id").GetString() == kid);
        Assert.Equal("Multikey", method.GetProperty("type").GetString());
        var multikey = Base58Btc.Decode(method.GetProperty("publicKeyMultibase").GetString()![1..]);
        Assert.Equal(new byte[] { 0xed, 0x01 }, multikey[..2]);
        var publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, multikey[2..], KeyBlobFormat.RawPublicKey);
        Assert.True(SignatureAlgorithm.Ed25519.Verify(publicKey, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2])));
        var withoutProof = JsonNode.Parse(issued.GetProperty("credential").GetRawText())!.AsObject();
        withoutProof.Remove("proof");
        Assert.True(JsonNode.DeepEquals(withoutProof, payload));
    }

    [Fact]
    public async Task The_did_document_lists_the_issuer_key_as_a_multikey_assertion_method()
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());
        using var anonymous = fixture.Anonymous();

        var did = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/did.json");

        var method = issued.GetProperty("credential").GetProperty("proof").GetProperty("verificationMethod").GetString();
        Assert.Equal(issued.GetProperty("credential").GetProperty("issuer").GetProperty("id").GetString(), did.GetProperty("id").GetString());
        Assert.Contains(method, did.GetProperty("assertionMethod").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"], did.GetProperty("@context").EnumerateArray().Select(c => c.GetString()));
    }
}

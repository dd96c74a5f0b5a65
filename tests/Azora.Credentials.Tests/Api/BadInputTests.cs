using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azora.Testing;

namespace Azora.Credentials.Tests.Api;

/// <summary>Whatever is posted for verification, the answer is a verdict or a 4xx problem naming the field, never a 500.</summary>
public sealed class BadInputTests(CredentialsPlatform fixture) : IClassFixture<CredentialsPlatform>
{
    private async Task<JsonObject> IssuedCredentialAsync() =>
        JsonNode.Parse((await fixture.IssueAsync(Guid.CreateVersion7())).GetProperty("credential").GetRawText())!.AsObject();

    private async Task<string[]> PostCredentialAsync(JsonNode credential)
    {
        using var client = fixture.Anonymous();
        return await Problems.AssertFieldErrorAsync(await client.PostAsJsonAsync("/api/verify", new { credential }), "credential");
    }

    [Theory]
    [InlineData("{\"credential\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{}")]
    [InlineData("{\"credential\": 5}")]
    [InlineData("{\"jwt\": 5}")]
    public async Task Malformed_requests_get_400_problem_details(string body)
    {
        using var client = fixture.Anonymous();

        var response = await client.PostAsync("/api/verify", new StringContent(body, Encoding.UTF8, "application/json"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_context_is_refused_with_its_url()
    {
        var credential = await IssuedCredentialAsync();
        credential["@context"]!.AsArray().Add("https://evil.example/context.jsonld");

        var errors = await PostCredentialAsync(credential);

        Assert.Contains("https://evil.example/context.jsonld", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_ld_is_refused()
    {
        var credential = await IssuedCredentialAsync();
        credential["@context"]!.AsArray().Add(new JsonObject { ["name"] = "https://evil.example/name" });
        var relative = await IssuedCredentialAsync();
        relative["id"] = "not an absolute iri";
        var badType = await IssuedCredentialAsync();
        badType["issuer"]!["type"] = 42;
        var undefinedTerm = await IssuedCredentialAsync();
        undefinedTerm["credentialSubject"]!["unsignedClaim"] = "dropped silently elsewhere";

        Assert.Contains("protected term redefinition", (await PostCredentialAsync(credential))[0], StringComparison.Ordinal);
        Assert.Contains("relative IRI", (await PostCredentialAsync(relative))[0], StringComparison.Ordinal);
        Assert.Contains("invalid type value", (await PostCredentialAsync(badType))[0], StringComparison.Ordinal);
        Assert.Contains("unsignedClaim", (await PostCredentialAsync(undefinedTerm))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credential_without_vc_context_or_proof_is_refused()
    {
        var noContext = await IssuedCredentialAsync();
        noContext["@context"] = new JsonArray("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        var noProof = await IssuedCredentialAsync();
        noProof.Remove("proof");
        var otherSuite = await IssuedCredentialAsync();
        otherSuite["proof"]!["cryptosuite"] = "ecdsa-rdfc-2019";

        Assert.Contains("@context", (await PostCredentialAsync(noContext))[0], StringComparison.Ordinal);
        Assert.Contains("proof", (await PostCredentialAsync(noProof))[0], StringComparison.Ordinal);
        Assert.Contains("eddsa-rdfc-2022", (await PostCredentialAsync(otherSuite))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verification_method_with_another_key_type_is_refused()
    {
        var credential = await IssuedCredentialAsync();
        var issuer = credential["issuer"]!["id"]!.GetValue<string>();
        // A P-256 Multikey (the vc-di-ecdsa test vector key), not Ed25519.
        credential["proof"]!["verificationMethod"] = issuer + "#zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP";

        var errors = await PostCredentialAsync(credential);

        Assert.Contains("Ed25519", errors[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6InZjK2p3dCIsImtpZCI6ImRpZDp3ZWI6eCN6In0.e30.c2ln")]
    public async Task A_malformed_or_non_eddsa_jwt_is_refused(string jwt)
    {
        using var client = fixture.Anonymous();

        await Problems.AssertFieldErrorAsync(await client.PostAsJsonAsync("/api/verify", new { jwt }), "jwt");
    }

    [Fact]
    public async Task A_credential_from_another_issuer_is_invalid_naming_the_issuer_key()
    {
        var credential = await IssuedCredentialAsync();
        credential["issuer"]!["id"] = "did:web:elsewhere.example";

        var report = await fixture.VerifyAsync(new { credential });

        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Contains("issuerKey", CredentialsPlatform.FailedChecks(report));
    }
}

using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azora.Credentials.Proofs;
using Azora.LinkedData.JsonLd;
using Azora.Testing;

namespace Azora.Credentials.Tests.Api;

public sealed class StatusTests(CredentialsPlatform fixture) : IClassFixture<CredentialsPlatform>
{
    private static int IndexOf(JsonElement issued, string purpose) =>
        int.Parse(issued.GetProperty("credential").GetProperty("credentialStatus").EnumerateArray()
            .Single(s => s.GetProperty("statusPurpose").GetString() == purpose).GetProperty("statusListIndex").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<JsonElement> VerifyAsync(JsonElement issued) =>
        await fixture.VerifyAsync(new { credential = issued.GetProperty("credential") });

    private static string StatusDetail(JsonElement report) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "status").GetProperty("detail").GetString()!;

    [Fact]
    public async Task A_revoked_credential_verifies_as_revoked_in_both_formats()
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());
        using var admin = fixture.AsAdmin();

        var revoke = await admin.PostAsJsonAsync($"/api/credentials/{issued.GetProperty("id").GetGuid()}/revoke", new { reason = "Issued in error." });

        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        var report = await VerifyAsync(issued);
        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal(["status"], CredentialsPlatform.FailedChecks(report));
        Assert.Contains("revoked", StatusDetail(report), StringComparison.Ordinal);
        var jwtReport = await fixture.VerifyAsync(new { jwt = issued.GetProperty("jwt").GetString() });
        Assert.Equal(["status"], CredentialsPlatform.FailedChecks(jwtReport));
    }

    [Fact]
    public async Task A_suspended_credential_is_invalid_until_it_is_reinstated()
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());
        var id = issued.GetProperty("id").GetGuid();
        using var admin = fixture.AsAdmin();

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/credentials/{id}/suspend", new { })).StatusCode);
        var suspended = await VerifyAsync(issued);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/credentials/{id}/reinstate", new { })).StatusCode);
        var reinstated = await VerifyAsync(issued);

        Assert.Equal(["status"], CredentialsPlatform.FailedChecks(suspended));
        Assert.Contains("suspended", StatusDetail(suspended), StringComparison.Ordinal);
        Assert.True(reinstated.GetProperty("valid").GetBoolean(), reinstated.ToString());
    }

    [Fact]
    public async Task The_published_status_list_is_a_signed_gzip_bitstring_with_the_revoked_bit_set()
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());
        using var admin = fixture.AsAdmin();
        await admin.PostAsJsonAsync($"/api/credentials/{issued.GetProperty("id").GetGuid()}/revoke", new { });
        using var anonymous = fixture.Anonymous();

        var response = await anonymous.GetAsync("/api/status-lists/revocation");
        var list = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("BitstringStatusListCredential", list["type"]![1]!.GetValue<string>());
        var encoded = list["credentialSubject"]!["encodedList"]!.GetValue<string>();
        Assert.StartsWith("u", encoded, StringComparison.Ordinal);
        await using var gzip = new GZipStream(new MemoryStream(System.Buffers.Text.Base64Url.DecodeFromChars(encoded.AsSpan(1))), CompressionMode.Decompress);
        using var bits = new MemoryStream();
        await gzip.CopyToAsync(bits);
        var bytes = bits.ToArray();
        Assert.True(bytes.Length * 8 >= 131_072);
        var index = IndexOf(issued, "revocation");
        Assert.NotEqual(0, bytes[index / 8] & (0x80 >> (index % 8)));
        var did = await anonymous.GetFromJsonAsync<JsonElement>("/.well-known/did.json");
        var key = did.GetProperty("verificationMethod").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == list["proof"]!["verificationMethod"]!.GetValue<string>()).GetProperty("publicKeyMultibase").GetString()!;
        Assert.True(new EddsaRdfc2022(new JsonLdProcessor()).Verify(list, Multikey.DecodePublicKey(key)));
    }

    [Fact]
    public async Task A_platform_admin_finds_a_learners_credentials_and_nobody_else_does()
    {
        var learner = Guid.CreateVersion7();
        var issued = await fixture.IssueAsync(learner);
        await fixture.IssueAsync(Guid.CreateVersion7());
        using var admin = fixture.AsAdmin();
        using var other = fixture.As(learner, "learner");

        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/credentials?learnerId={learner}");
        var one = await admin.GetFromJsonAsync<JsonElement>($"/api/credentials/{issued.GetProperty("id").GetGuid()}");

        Assert.Equal(issued.GetProperty("id").GetGuid(), Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(issued.GetProperty("jwt").GetString(), one.GetProperty("jwt").GetString());
        await Problems.AssertProblemAsync(await admin.GetAsync($"/api/credentials/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/credentials?learnerId={learner}")).StatusCode);
    }

    [Fact]
    public async Task Only_a_platform_admin_changes_a_status_and_revocation_is_final()
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());
        var id = issued.GetProperty("id").GetGuid();
        using var learner = fixture.As(Guid.CreateVersion7(), "learner");
        using var anonymous = fixture.Anonymous();
        using var admin = fixture.AsAdmin();

        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync($"/api/credentials/{id}/revoke", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/credentials/{id}/revoke", new { })).StatusCode);
        await Problems.AssertProblemAsync(await admin.PostAsJsonAsync($"/api/credentials/{Guid.CreateVersion7()}/revoke", new { }), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await admin.PostAsJsonAsync($"/api/credentials/{id}/reinstate", new { }), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/credentials/{id}/revoke", new { })).StatusCode);
        await Problems.AssertProblemAsync(await admin.PostAsJsonAsync($"/api/credentials/{id}/revoke", new { }), HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(await admin.PostAsJsonAsync($"/api/credentials/{id}/suspend", new { }), HttpStatusCode.Conflict);
        await Problems.AssertProblemAsync(await admin.GetAsync("/api/status-lists/other"), HttpStatusCode.NotFound);
    }
}

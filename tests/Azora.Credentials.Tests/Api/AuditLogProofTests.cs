using System.Net;
using System.Net.Http.Json;
using Azora.Contracts;

namespace Azora.Credentials.Tests.Api;

/// <summary>With audit-logging-service hosted too: issuance is logged, and verification checks its inclusion proof.</summary>
public sealed class AuditLogProofTests : IAsyncLifetime
{
    private readonly CredentialsPlatform fixture = CredentialsPlatform.WithAuditLog();

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    [Fact]
    public async Task Verification_checks_the_audit_log_inclusion_proof_of_the_issuance()
    {
        var issued = await fixture.PublishAndAwaitCredentialAsync(CredentialsPlatform.Completion(Guid.CreateVersion7(), Guid.CreateVersion7()));
        using var audit = fixture.Platform.Client("audit-logging-service");
        audit.DefaultRequestHeaders.Authorization = new("Bearer", fixture.Tokens.ForAccount(fixture.Admin, Roles.PlatformAdmin));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        string result;
        do
        {
            Assert.Equal(HttpStatusCode.Created, (await audit.PostAsync("/api/log/tree-heads", null)).StatusCode);
            var report = await fixture.VerifyAsync(new { credential = issued.GetProperty("credential") });
            result = CredentialsPlatform.CheckResult(report, "auditLog");
            if (result == "unavailable")
            {
                Assert.True(DateTime.UtcNow < deadline, "The issuance was not logged within 30 seconds.");
                await Task.Delay(200);
            }
        }
        while (result == "unavailable");

        Assert.Equal("passed", result);
    }

    [Fact]
    public async Task Revocation_suspension_and_reinstatement_are_recorded_in_the_audit_log_with_their_actor()
    {
        var issued = await fixture.IssueAsync(Guid.CreateVersion7());
        var id = issued.GetProperty("id").GetGuid();
        using var admin = fixture.AsAdmin();
        using var audit = fixture.Platform.Client("audit-logging-service");
        audit.DefaultRequestHeaders.Authorization = new("Bearer", fixture.Tokens.ForAccount(fixture.Admin, Roles.PlatformAdmin));

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/credentials/{id}/suspend", new { reason = "Under review." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/credentials/{id}/reinstate", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/credentials/{id}/revoke", new { })).StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<(string Action, string Actor)> logged;
        while (true)
        {
            var page = await audit.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/log/entries/search?resourceType=credential&resourceId={id}");
            logged = [.. page.GetProperty("items").EnumerateArray().Select(e => (e.GetProperty("action").GetString()!, e.GetProperty("actor").GetProperty("id").GetString()!))];
            if (logged.Count == 4)
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Only {logged.Count} audit entries after 30 seconds.");
            await Task.Delay(200);
        }

        Assert.Equal(
            ["credential.issued", "credential.reinstated", "credential.revoked", "credential.suspended"],
            logged.Select(entry => entry.Action).Order(StringComparer.Ordinal));
        Assert.All(logged.Where(entry => entry.Action != "credential.issued"), entry => Assert.Equal(fixture.Admin.ToString("D"), entry.Actor));
    }
}

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
}

using System.Text.Json;
using Azora.Bench.Harness;
using Azora.Bench.Reporting;

namespace Azora.Bench.Scenarios;

/// <summary>
/// Public verification through the gateway: anyone posts the demo learner's signed credential (from their wallet) to
/// azora-credentials, which checks its Data Integrity proof, the issuer key, its status and its audit-log inclusion.
/// Before the load, the platform-admin has the audit log sign a tree head, and the credential is checked to verify as
/// valid with its issuance proven in the log: the load measures a full verification of a credential whose issuance is
/// logged (as it is from the log's next signed tree head on), not a refusal nor an issuance the log has not covered yet.
/// </summary>
public sealed class CredentialScenario : IScenario
{
    public string Name => "credentials";

    public async Task RunAsync(BenchContext context)
    {
        var learner = await context.SignInAsync("learner");
        JsonElement credential = default;
        await BenchCourses.WaitUntilAsync("a credential in the demo learner's wallet", async () =>
        {
            var wallet = await learner.GetAsync("/azora-credentials/api/wallet");
            var first = wallet.GetProperty("items").EnumerateArray().FirstOrDefault();
            credential = first.ValueKind == JsonValueKind.Object ? first.GetProperty("credential") : default;
            return credential.ValueKind == JsonValueKind.Object;
        }, TimeSpan.FromMinutes(1));

        var body = JsonSerializer.Serialize(new { credential });
        var admin = await context.SignInAsync("platform-admin");
        JsonElement once = default;
        await BenchCourses.WaitUntilAsync("the credential's issuance proven in the audit log", async () =>
        {
            await admin.PostAsync("/audit-logging-service/api/log/tree-heads", null);
            once = await learner.PostAsync("/azora-credentials/api/verify", JsonSerializer.Deserialize<JsonElement>(body));
            return AuditLogCheck(once) != "unavailable";
        }, TimeSpan.FromMinutes(1));
        if (!once.GetProperty("valid").GetBoolean() || AuditLogCheck(once) != "passed")
        {
            throw new InvalidOperationException($"The demo learner's credential does not verify, so the load would measure a refusal: {once}");
        }
        var requests = new[] { new PlannedRequest("POST", "/azora-credentials/api/verify", learner.Token, body) };
        var load = await context.LoadAsync(BenchClient.GatewayAddress, await RequestList.WriteScriptAsync(requests, context.WorkDirectory));
        context.Report.Add(new Figure("credential verification through the gateway", load.RequestsPerSecond, "req/s",
            "bare Kestrel JSON endpoint", context.Bare.RequestsPerSecond,
            Note: load.Summary));
    }

    private static string? AuditLogCheck(JsonElement report) =>
        report.GetProperty("checks").EnumerateArray()
            .Where(check => check.GetProperty("name").GetString() == "auditLog")
            .Select(check => check.GetProperty("result").GetString())
            .FirstOrDefault();
}

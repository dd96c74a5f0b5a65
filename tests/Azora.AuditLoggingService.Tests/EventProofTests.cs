using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azora.AuditLoggingService.Domain;
using Azora.Testing;

namespace Azora.AuditLoggingService.Tests;

/// <summary>The public proof that a credential's event is in the log, checked by anyone with the log's key.</summary>
public sealed class EventProofTests : IAsyncLifetime
{
    private AuditLogHost _host = null!;

    public async Task InitializeAsync() => _host = await AuditLogHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static byte[] Hex(JsonElement element) => Convert.FromHexString(element.GetString()!);

    [Fact]
    public async Task A_credential_event_has_a_public_inclusion_proof_in_the_latest_signed_tree_head()
    {
        for (var i = 0; i < 10; i++)
        {
            await _host.AppendAsync(AuditLogHost.Event(actorId: $"user-{i}"));
        }
        var issued = AuditLogHost.Event(actorId: "azora-credentials", action: "credential.issued", resourceType: "credential", resourceId: "urn:uuid:1");
        await _host.AppendAsync(issued);
        await _host.AppendAsync(AuditLogHost.Event());
        var head = await _host.SignTreeHeadAsync();

        using var anonymous = _host.Anonymous();
        var proof = await anonymous.GetFromJsonAsync<JsonElement>($"/api/log/proofs/events/{issued.EventId}");

        var content = Encoding.UTF8.GetBytes(proof.GetProperty("leafContent").GetString()!);
        Assert.Contains("credential.issued", proof.GetProperty("leafContent").GetString(), StringComparison.Ordinal);
        Assert.Equal(MerkleHash.Leaf(content), Hex(proof.GetProperty("leafHash")));
        Assert.Equal(10, proof.GetProperty("leafIndex").GetInt64());
        Assert.Equal(12, proof.GetProperty("treeSize").GetInt64());
        Assert.Equal(head.GetProperty("rootHash").GetString(), proof.GetProperty("treeHead").GetProperty("rootHash").GetString());
        var path = proof.GetProperty("auditPath").EnumerateArray().Select(Hex).ToList();
        Assert.True(MerkleProofs.VerifyInclusion(MerkleHash.Leaf(content), 10, 12, path, Hex(proof.GetProperty("rootHash"))));
        Assert.False(MerkleProofs.VerifyInclusion(MerkleHash.Leaf([.. content, 0x20]), 10, 12, path, Hex(proof.GetProperty("rootHash"))));
    }

    [Fact]
    public async Task An_event_not_yet_covered_by_a_signed_tree_head_is_not_found_yet()
    {
        var issued = AuditLogHost.Event(resourceType: "credential");
        await _host.AppendAsync(issued);

        using var anonymous = _host.Anonymous();
        var response = await anonymous.GetAsync($"/api/log/proofs/events/{issued.EventId}");

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("no signed tree head", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_ins_and_other_private_events_have_no_public_proof()
    {
        var signIn = AuditLogHost.Event();
        await _host.AppendAsync(signIn);
        await _host.SignTreeHeadAsync();

        using var anonymous = _host.Anonymous();
        var response = await anonymous.GetAsync($"/api/log/proofs/events/{signIn.EventId}");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}

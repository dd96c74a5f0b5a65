using System.Net;
using Azora.Testing;

namespace Azora.AuditLoggingService.Tests;

/// <summary>Bad parameters are refused with a 400 problem naming the field, never a 500.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private AuditLogHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AuditLogHost.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await _host.AppendAsync(AuditLogHost.Event());
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/api/log/entries?start=-1&end=2", "start")]
    [InlineData("/api/log/entries?end=2", "start")]
    [InlineData("/api/log/entries?start=two&end=2", "start")]
    [InlineData("/api/log/entries?start=2&end=1", "end")]
    [InlineData("/api/log/entries?start=3&end=10", "start")]
    [InlineData("/api/log/proofs/inclusion?leafIndex=-1&treeSize=3", "leafIndex")]
    [InlineData("/api/log/proofs/inclusion?leafIndex=3&treeSize=3", "leafIndex")]
    [InlineData("/api/log/proofs/inclusion?leafIndex=0&treeSize=4", "treeSize")]
    [InlineData("/api/log/proofs/inclusion?leafIndex=0&treeSize=0", "treeSize")]
    [InlineData("/api/log/proofs/inclusion?leafIndex=0", "treeSize")]
    [InlineData("/api/log/proofs/inclusion?treeSize=3", "leafIndex")]
    [InlineData("/api/log/proofs/inclusion?leafHash=zz&treeSize=3", "leafHash")]
    [InlineData("/api/log/proofs/inclusion?leafIndex=0&leafHash=00&treeSize=3", "leafHash")]
    [InlineData("/api/log/proofs/consistency?first=-1&second=2", "first")]
    [InlineData("/api/log/proofs/consistency?first=3&second=2", "second")]
    [InlineData("/api/log/proofs/consistency?first=1&second=99", "second")]
    [InlineData("/api/log/proofs/consistency?first=1", "second")]
    [InlineData("/api/log/entries/search?limit=0", "limit")]
    [InlineData("/api/log/entries/search?limit=101", "limit")]
    [InlineData("/api/log/entries/search?limit=ten", "limit")]
    [InlineData("/api/log/entries/search?cursor=not-a-cursor", "cursor")]
    [InlineData("/api/log/entries/search?from=yesterday", "from")]
    [InlineData("/api/log/entries/search?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z", "to")]
    [InlineData("/api/log/entries/search?actorKind=robot", "actorKind")]
    [InlineData("/api/log/entries/export?format=xml", "format")]
    [InlineData("/api/log/tree-heads?cursor=%%%", "cursor")]
    [InlineData("/api/log/tree-heads?limit=1000", "limit")]
    public async Task A_bad_parameter_is_refused_naming_it(string path, string field)
    {
        using var auditor = _host.As("auditor");

        await Problems.AssertFieldErrorAsync(await auditor.GetAsync(path), field);
    }

    [Fact]
    public async Task An_unknown_leaf_hash_is_404_and_no_tree_head_yet_is_404()
    {
        using var auditor = _host.As("auditor");

        var unknown = await auditor.GetAsync($"/api/log/proofs/inclusion?leafHash={new string('0', 64)}&treeSize=3");
        var latest = await auditor.GetAsync("/api/log/tree-heads/latest");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, latest.StatusCode);
    }
}

using System.Net;

namespace Azora.AuditLoggingService.Tests;

/// <summary>Only platform-admins and auditors read the log; only platform-admins sign on demand; the key is public.</summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private static readonly string[] ReadPaths =
    [
        "/api/log/tree-heads/latest",
        "/api/log/tree-heads",
        "/api/log/entries?start=0&end=0",
        "/api/log/entries/search",
        "/api/log/entries/export?format=json",
        "/api/log/proofs/inclusion?leafIndex=0&treeSize=1",
        "/api/log/proofs/consistency?first=1&second=1",
    ];

    private AuditLogHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await AuditLogHost.StartAsync();
        await _host.AppendAsync(AuditLogHost.Event());
        await _host.SignTreeHeadAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_anonymous_caller_gets_401_everywhere_but_the_public_key()
    {
        using var anonymous = _host.Anonymous();

        foreach (var path in ReadPaths)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/log/tree-heads", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/log/key")).StatusCode);
    }

    [Fact]
    public async Task A_learner_gets_403_everywhere()
    {
        using var learner = _host.As("learner");

        foreach (var path in ReadPaths)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await learner.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsync("/api/log/tree-heads", null)).StatusCode);
    }

    [Fact]
    public async Task A_platform_admin_and_an_auditor_read_everything()
    {
        using var admin = _host.Admin();
        using var auditor = _host.As("auditor");

        foreach (var path in ReadPaths)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task Only_a_platform_admin_signs_a_tree_head_on_demand()
    {
        using var admin = _host.Admin();
        using var auditor = _host.As("auditor");

        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync("/api/log/tree-heads", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/log/tree-heads", null)).StatusCode);
    }
}

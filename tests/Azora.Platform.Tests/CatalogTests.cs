using Azora.ServiceDefaults.Catalog;
using Azora.Testing;

namespace Azora.Platform.Tests;

public sealed class CatalogTests
{
    // The fixed ids and ports every operator and script already uses (SERVICES.md), plus the portal.
    public static readonly TheoryData<string, int> PublishedServices = new()
    {
        { "azora-education", 3100 }, { "azora-lms", 3101 }, { "azora-sapiens", 3102 }, { "azora-assessment", 3103 },
        { "azora-classroom", 3104 }, { "azora-content", 3105 }, { "azora-library", 3106 }, { "azora-credentials", 3107 },
        { "azora-collaboration", 3108 }, { "azora-academic-integrity", 3109 }, { "azora-studyspaces", 3110 },
        { "azora-student-life", 3111 }, { "azora-research-center", 3112 }, { "azora-innovation-hub", 3113 },
        { "azora-corporate-learning", 3114 }, { "azora-forge", 3200 }, { "azora-careers", 3201 },
        { "marketplace-service", 3202 }, { "project-marketplace", 3203 }, { "azora-workspace", 3204 },
        { "arbiter-system", 3205 }, { "azora-pricing", 3206 }, { "founder-ledger-service", 3207 },
        { "payment-service", 3208 }, { "azora-nexus", 3300 }, { "azora-aegis", 3301 }, { "health-monitor", 3302 },
        { "load-balancer", 3303 }, { "session-service", 3304 }, { "audit-logging-service", 3305 },
        { "user-service", 3306 }, { "analytics-dashboard", 3307 }, { "compliance-dashboard", 3308 },
        { "master-orchestrator", 3309 }, { "ai-system-monitor", 3310 }, { "performance-monitor", 3311 },
        { "swarm-coordination", 3312 }, { "self-healing-orchestrator", 3313 }, { "azora-web", 3000 },
    };

    private static ServiceCatalog Catalog => ServiceCatalog.Current;

    [Theory]
    [MemberData(nameof(PublishedServices))]
    public void Every_published_service_is_listed_with_its_port(string id, int port)
    {
        var entry = Catalog.Find(id);
        Assert.NotNull(entry);
        Assert.Equal(port, entry.Port);
    }

    [Fact]
    public void The_catalog_lists_the_38_services_and_the_portal_and_nothing_twice()
    {
        Assert.True(Catalog.Services.Count >= PublishedServices.Count);
        Assert.Equal(Catalog.Services.Count, Catalog.Services.Select(s => s.Id).Distinct().Count());
        Assert.Equal(Catalog.Services.Count, Catalog.Services.Select(s => s.Port).Distinct().Count());
    }

    [Fact]
    public void The_foundation_services_are_implemented()
    {
        foreach (var id in new[] { "user-service", "session-service", "load-balancer" })
        {
            Assert.True(Catalog.Get(id).IsImplemented, id);
        }
    }

    [Fact]
    public void Each_line_names_its_domain_project_and_purpose()
    {
        foreach (var entry in Catalog.Services)
        {
            Assert.Contains(entry.Domain, new[] { "education", "marketplace", "infrastructure", "portal" });
            Assert.False(string.IsNullOrWhiteSpace(entry.Purpose), entry.Id);
            Assert.Matches(@"^src/(Services/(Education|Marketplace|Infrastructure)|Web)/Azora\.[A-Za-z]+$", entry.Project);
        }
    }

    [Fact]
    public void Implemented_services_have_a_project_and_planned_ones_do_not_pretend()
    {
        foreach (var entry in Catalog.Services)
        {
            var project = RepositoryRoot.Combine(entry.Project, entry.AssemblyName + ".csproj");
            Assert.True(entry.IsImplemented == File.Exists(project),
                $"{entry.Id} is {entry.Status} but its project {(File.Exists(project) ? "exists" : "is missing")}.");
        }
    }

    [Fact]
    public void The_embedded_catalog_is_the_file_in_the_repository()
    {
        var onDisk = ServiceCatalog.Parse(File.ReadAllText(RepositoryRoot.Combine("catalog.json")));
        Assert.Equal(onDisk.Services, Catalog.Services);
        Assert.Equal(File.ReadAllText(RepositoryRoot.Combine("catalog.json")), onDisk.ToJson());
    }
}

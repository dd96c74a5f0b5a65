using Azora.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Azora.Messaging.Tests;

/// <summary>Services of one process share EF Core's internal services, yet each keeps its own prefixed model.</summary>
public sealed class TablePrefixConventionTests
{
    [Fact]
    public void One_context_type_under_two_prefixes_maps_each_prefix_to_its_own_tables()
    {
        using var alpha = PrefixedContext.Create("alpha_");
        using var beta = PrefixedContext.Create("beta_");

        Assert.Equal("alpha_items", alpha.Model.FindEntityType(typeof(PrefixedItem))!.GetTableName());
        Assert.Equal("beta_items", beta.Model.FindEntityType(typeof(PrefixedItem))!.GetTableName());
    }

    [Fact]
    public void Contexts_with_different_prefixes_share_one_internal_service_provider()
    {
        using var alpha = PrefixedContext.Create("alpha_");
        using var beta = PrefixedContext.Create("beta_");

        Assert.Same(alpha.GetService<IModelSource>(), beta.GetService<IModelSource>());
    }

    private sealed class PrefixedContext(DbContextOptions<PrefixedContext> options) : DbContext(options)
    {
        public static PrefixedContext Create(string prefix)
        {
            var options = new DbContextOptionsBuilder<PrefixedContext>().UseSqlite("Data Source=:memory:");
            options.UseTablePrefix(prefix);
            return new PrefixedContext(options.Options);
        }

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<PrefixedItem>().ToTable("items");
    }

    private sealed class PrefixedItem
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";
    }
}

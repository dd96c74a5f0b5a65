using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// On SQLite every service of one process shares one database file (see <see cref="DatabaseLocation"/>), so each
/// service's tables carry its schema name as a prefix (<c>user_service_accounts</c>). The prefix is an EF convention
/// switched on through the context's options, so services write ordinary mappings and the design-time factory and the
/// running host produce the same model. It composes with libraries that replace EF's model customizer.
/// </summary>
/// <remarks>
/// Every prefix shares one EF Core internal service provider: the plugin reads the prefix from the context's own
/// options, and the model cache key includes it. A provider per prefix made EF build and compile its whole service
/// graph once per service, which was the largest part of the platform's cold start.
/// </remarks>
public static class TablePrefixConvention
{
    public static DbContextOptionsBuilder UseTablePrefix(this DbContextOptionsBuilder options, string prefix)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new TablePrefixExtension(prefix));
        return options;
    }
}

internal sealed class TablePrefixExtension(string prefix) : IDbContextOptionsExtension
{
    public string Prefix { get; } = prefix;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
        services.AddScoped<IConventionSetPlugin, TablePrefixPlugin>();
        services.Replace(ServiceDescriptor.Singleton<IModelCacheKeyFactory, PrefixedModelCacheKeyFactory>());
    }

    public static string? PrefixOf(IDbContextOptions options) => options.FindExtension<TablePrefixExtension>()?.Prefix;

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(TablePrefixExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private new TablePrefixExtension Extension => (TablePrefixExtension)base.Extension;

        public override bool IsDatabaseProvider => false;
        public override string LogFragment => $"TablePrefix={Extension.Prefix} ";
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Azora:TablePrefix"] = Extension.Prefix;
    }
}

/// <summary>Contexts of different services are different models, even were they of one type.</summary>
internal sealed class PrefixedModelCacheKeyFactory(ModelCacheKeyFactoryDependencies dependencies) : ModelCacheKeyFactory(dependencies)
{
    public override object Create(DbContext context, bool designTime) =>
        (base.Create(context, designTime), TablePrefixExtension.PrefixOf(context.GetService<IDbContextOptions>()));
}

internal sealed class TablePrefixPlugin(IDbContextOptions options) : IConventionSetPlugin
{
    public ConventionSet ModifyConventions(ConventionSet conventionSet)
    {
        conventionSet.ModelFinalizingConventions.Add(new PrefixTables(TablePrefixExtension.PrefixOf(options)!));
        return conventionSet;
    }

    private sealed class PrefixTables(string prefix) : IModelFinalizingConvention
    {
        public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
        {
            foreach (var entity in modelBuilder.Metadata.GetEntityTypes())
            {
                var table = entity.GetTableName();
                if (table is not null && entity.GetViewName() is null && !table.StartsWith(prefix, StringComparison.Ordinal))
                {
                    // Set explicitly so that it wins over the service's own ToTable(...) mapping.
                    ((IMutableEntityType)entity).SetTableName(prefix + table);
                }
                // SQLite index names are global to the file; names a library fixes (Identity's "EmailIndex") get the prefix too.
                foreach (var index in entity.GetDeclaredIndexes())
                {
                    var name = index.GetDatabaseName();
                    if (name is not null && !name.Contains(prefix, StringComparison.Ordinal))
                    {
                        ((IMutableIndex)index).SetDatabaseName(prefix + name);
                    }
                }
            }
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// On SQLite every service of one process shares one database file (see <see cref="DatabaseLocation"/>), so each
/// service's tables carry its schema name as a prefix (<c>user_service_accounts</c>). The prefix is an EF convention
/// switched on through the context's options, so services write ordinary mappings and the design-time factory and the
/// running host produce the same model. It composes with libraries that replace EF's model customizer.
/// </summary>
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

    public void ApplyServices(IServiceCollection services) =>
        services.AddScoped<IConventionSetPlugin>(_ => new TablePrefixPlugin(Prefix));

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(TablePrefixExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private new TablePrefixExtension Extension => (TablePrefixExtension)base.Extension;

        public override bool IsDatabaseProvider => false;
        public override string LogFragment => $"TablePrefix={Extension.Prefix} ";
        public override int GetServiceProviderHashCode() => StringComparer.Ordinal.GetHashCode(Extension.Prefix);

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && info.Extension.Prefix == Extension.Prefix;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Azora:TablePrefix"] = Extension.Prefix;
    }
}

internal sealed class TablePrefixPlugin(string prefix) : IConventionSetPlugin
{
    public ConventionSet ModifyConventions(ConventionSet conventionSet)
    {
        conventionSet.ModelFinalizingConventions.Add(new PrefixTables(prefix));
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

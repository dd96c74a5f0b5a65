using Azora.ServiceDefaults.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's provider-specific context without starting the platform:
/// a service declares <c>class XSqliteFactory : SqliteDesignTimeFactory&lt;XSqliteContext&gt;</c>, and the same for
/// PostgreSQL. The connection strings are never opened; they only tell EF which provider's SQL to write. The SQLite
/// factory applies the service's table prefix, exactly as the running host does.
/// </summary>
public abstract class SqliteDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    /// <summary>The catalog id whose prefix the tables get: by default the catalog line naming this context's assembly.</summary>
    protected virtual string ServiceId
    {
        get
        {
            var assembly = typeof(TContext).Assembly.GetName().Name;
            return ServiceCatalog.Current.Services.FirstOrDefault(s => s.AssemblyName == assembly)?.Id
                ?? throw new InvalidOperationException($"No catalog line names the assembly {assembly}; override ServiceId.");
        }
    }

    public TContext CreateDbContext(string[] args)
    {
        var location = new DatabaseLocation(Hosting.DatabaseProvider.Sqlite, "Data Source=design-time.db", DatabaseLocation.SchemaFor(ServiceId));
        var options = new DbContextOptionsBuilder<TContext>().UseLocation(location).Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}

/// <inheritdoc cref="SqliteDesignTimeFactory{TContext}"/>
public abstract class PostgresDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(typeof(TContext), new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=design-time").Options)!;
}

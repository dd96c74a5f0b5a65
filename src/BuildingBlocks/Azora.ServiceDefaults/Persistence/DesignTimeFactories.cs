using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's provider-specific context without starting the platform:
/// a service declares <c>class XSqliteFactory : SqliteDesignTimeFactory&lt;XSqliteContext&gt;</c>, and the same for
/// PostgreSQL. The connection strings are never opened; they only tell EF which provider's SQL to write.
/// </summary>
public abstract class SqliteDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(typeof(TContext), new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design-time.db").Options)!;
}

/// <inheritdoc cref="SqliteDesignTimeFactory{TContext}"/>
public abstract class PostgresDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(typeof(TContext), new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=design-time").Options)!;
}

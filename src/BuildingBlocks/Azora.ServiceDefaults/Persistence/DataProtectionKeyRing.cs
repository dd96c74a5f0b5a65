using Azora.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// The Data Protection key ring (cookies, antiforgery and other protected payloads) survives restarts and is shared by
/// every process of the platform under the application name <c>Azora</c>: a folder under the data directory in one
/// process, a table in the <c>data_protection</c> schema when split, so any replica can read what another protected.
/// </summary>
public static class DataProtectionKeyRing
{
    public const string ApplicationName = "Azora";
    public const string Schema = "data_protection";

    public static IServiceCollection AddAzoraDataProtection(this IServiceCollection services, PlatformOptions platform)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (platform.Database == DatabaseProvider.Sqlite)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(Path.Combine(platform.DataDirectory, "keys"))));
            return services;
        }

        var location = KeysLocation(platform);
        services.AddPooledContext<DataProtectionKeysContext, PostgresDataProtectionKeysContext>(location);
        services.AddSingleton<IDatabaseMigrator>(provider => new DatabaseMigrator<DataProtectionKeysContext>("data-protection", location, provider));
        dataProtection.PersistKeysToDbContext<DataProtectionKeysContext>();
        return services;
    }

    private static DatabaseLocation KeysLocation(PlatformOptions platform)
    {
        var connectionString = platform.PostgresConnectionString
            ?? throw new InvalidOperationException(
                "Azora:Database is Postgres but no connection string is configured: set ConnectionStrings:Postgres (env ConnectionStrings__Postgres).");
        return new DatabaseLocation(DatabaseProvider.Postgres,
            new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = Schema }.ToString(), Schema);
    }
}

/// <summary>Where split processes keep the shared key ring (PostgreSQL only; one process uses the file system).</summary>
public class DataProtectionKeysContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable("keys");
}

public sealed class PostgresDataProtectionKeysContext(DbContextOptions<PostgresDataProtectionKeysContext> options)
    : DataProtectionKeysContext(options);

public sealed class PostgresDataProtectionKeysFactory : PostgresDesignTimeFactory<PostgresDataProtectionKeysContext>;

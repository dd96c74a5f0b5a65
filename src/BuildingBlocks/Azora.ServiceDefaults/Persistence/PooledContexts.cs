using Azora.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// A service's context comes from a pool of its provider's context type: a scope (a request, a message handler) leases
/// one when it first asks for <typeparamref name="TContext"/> and gives it back when the scope ends. Setting up a
/// context (its options, its internal services, the provider's connection object) happens once per pooled instance
/// instead of once per scope.
/// </summary>
/// <remarks>
/// <para>What a pool asks of a context: one constructor that takes only its options, no <c>OnConfiguring</c>, and no
/// state of its own that outlives a use. EF Core resets the rest when a context goes back (tracked entities, a
/// transaction left open, ChangeTracker and Database settings changed at run time, the connection); the options,
/// interceptors included, are built once and shared by every instance, so they must not carry per-request state.</para>
/// <para>On SQLite the context's connection stays open from its first lease to the context's end
/// (<see cref="SqliteScopeConnection{TContext}"/>).</para>
/// </remarks>
internal static class PooledContexts
{
    public static IServiceCollection AddPooledContext<TContext, TProviderContext>(this IServiceCollection services, DatabaseLocation location)
        where TContext : DbContext
        where TProviderContext : TContext
    {
        services.AddDbContextPool<TProviderContext>(options => options.UseLocation(location));
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            var gate = SqliteWriteGate.For(location.ConnectionString).Interceptor;
            services.AddScoped(provider => new SqliteScopeConnection<TProviderContext>(provider.GetRequiredService<TProviderContext>(), gate));
            services.AddScoped<TContext>(provider => provider.GetRequiredService<SqliteScopeConnection<TProviderContext>>().Context);
        }
        else
        {
            services.AddScoped<TContext>(provider => provider.GetRequiredService<TProviderContext>());
        }
        return services;
    }
}

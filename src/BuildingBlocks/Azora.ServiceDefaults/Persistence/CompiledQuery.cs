using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Azora.ServiceDefaults.Persistence;

/// <summary>
/// A query a hot path runs on every request, compiled once by EF Core (<c>EF.CompileAsyncQuery</c>) instead of having its
/// LINQ expression built, its parameters extracted and its cache key compared on every execution. EF Core binds a
/// compiled query to the first model it runs against and refuses any other, and a service's context has one model per
/// database provider (SQLite, PostgreSQL), so the query is compiled once for each model it meets.
/// </summary>
/// <typeparam name="TQuery">The delegate <c>EF.CompileAsyncQuery</c> returns.</typeparam>
/// <param name="compile">Compiles the query; called once per model.</param>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    /// <remarks>Looked up first, so that a hot path's call allocates nothing once its model's query is compiled.</remarks>
    public TQuery For(DbContext db) =>
        _byModel.TryGetValue(db.Model, out var query) ? query : _byModel.GetValue(db.Model, _ => compile());
}

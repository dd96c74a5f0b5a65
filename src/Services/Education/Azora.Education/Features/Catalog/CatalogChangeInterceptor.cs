using System.Data.Common;
using System.Runtime.CompilerServices;
using Azora.Education.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Azora.Education.Features.Catalog;

/// <summary>
/// Tells <see cref="CatalogSnapshots"/> that the catalog's read model changed, once the change is committed: a save that
/// touches catalog courses or their skills marks its context, and the mark turns into a signal when the save commits,
/// at the end of the save itself or, inside a transaction (Wolverine's around a handler), when that transaction
/// commits. Signalling before the commit could let a search rebuild from the old rows and keep them.
/// </summary>
internal sealed class CatalogChangeInterceptor(CatalogSnapshots snapshots) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Mark = new();
    private readonly ConditionalWeakTable<DbContext, object> _changed = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalUnlessInTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Signal(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(IsCatalogChange))
        {
            _changed.AddOrUpdate(context, Mark);
        }
    }

    private void SignalUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Signal(context);
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is not null && _changed.Remove(context))
        {
            snapshots.Changed();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _changed.Remove(context);
        }
    }

    private static bool IsCatalogChange(EntityEntry entry) =>
        entry.Entity is CatalogCourse or CourseSkill && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted;
}

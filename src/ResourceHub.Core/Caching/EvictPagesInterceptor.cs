using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ResourceHub.Core.Caching;

/// <summary>
/// Collects the tags of the modules' <see cref="PageEvictionRule"/>s from what a save changes, and
/// evicts them with those the event handlers added once the change is durable: after the save
/// when no transaction is open, else after the transaction commits (nothing on a rollback).
/// Registered after the domain-event interceptor, so rows its handlers add are seen too.
/// </summary>
public sealed class EvictPagesInterceptor(PageEvictions evictions, IEnumerable<PageEvictionRule> rules)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly PageEvictionRule[] _rules = [.. rules];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            evictions.FlushAsync().GetAwaiter().GetResult();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await evictions.FlushAsync();
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => DiscardOutsideTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DiscardOutsideTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        evictions.FlushAsync().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        evictions.FlushAsync();

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => evictions.Discard();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        evictions.Discard();
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null || _rules.Length == 0)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                foreach (var rule in _rules.Where(r => r.EntityType.IsInstanceOfType(entry.Entity)))
                {
                    evictions.AfterCommit(rule.Tags);
                }
            }
        }
    }

    /// <summary>A failed save inside a transaction leaves the outcome to the transaction (commit or rollback).</summary>
    private void DiscardOutsideTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            evictions.Discard();
        }
    }
}

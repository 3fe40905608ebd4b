using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ResourceHub.Core.Events;

/// <summary>
/// Dispatches the events raised by tracked aggregates to their handlers BEFORE the save runs
/// (as CleanArchitecture's interceptor), so that what the handlers add (index tasks, history
/// rows, media jobs) is saved in the same transaction as the change that raised them.
/// Scoped: handlers are resolved from the scope that owns the DbContext.
/// </summary>
public sealed class DispatchDomainEventsInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    // Handlers may raise further events (an entity they add or change); past this many rounds it is a loop.
    private const int MaxRounds = 10;

    private static readonly ConcurrentDictionary<Type, Type[]> HandledTypes = new();

    private static readonly MethodInfo DispatchOne = typeof(DispatchDomainEventsInterceptor)
        .GetMethod(nameof(DispatchAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // Synchronous SaveChanges: handlers are asynchronous, and nothing here needs a synchronisation context.
        DispatchAllAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await DispatchAllAsync(eventData.Context, cancellationToken);
        return result;
    }

    private async Task DispatchAllAsync(DbContext? context, CancellationToken ct)
    {
        if (context is null)
        {
            return;
        }
        for (var round = 0; ; round++)
        {
            var raisers = context.ChangeTracker.Entries<IHasDomainEvents>()
                .Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
            if (raisers.Count == 0)
            {
                return;
            }
            if (round == MaxRounds)
            {
                throw new InvalidOperationException("Domain event handlers keep raising events: a handler loop.");
            }
            var events = raisers.SelectMany(e => e.DomainEvents).ToList();
            raisers.ForEach(e => e.ClearDomainEvents());
            foreach (var domainEvent in events)
            {
                foreach (var type in HandledTypes.GetOrAdd(domainEvent.GetType(), EventTypesOf))
                {
                    await (Task)DispatchOne.MakeGenericMethod(type).Invoke(this, [domainEvent, ct])!;
                }
            }
        }
    }

    private async Task DispatchAsync<TEvent>(IDomainEvent domainEvent, CancellationToken ct) where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)domainEvent, ct);
        }
    }

    /// <summary>The event's own type and the event types it derives from, so a handler of a base event hears every kind.</summary>
    private static Type[] EventTypesOf(Type type)
    {
        var types = new List<Type>();
        for (var t = type; t is not null && typeof(IDomainEvent).IsAssignableFrom(t); t = t.BaseType)
        {
            types.Add(t);
        }
        types.AddRange(type.GetInterfaces().Where(i => i != typeof(IDomainEvent) && typeof(IDomainEvent).IsAssignableFrom(i)));
        return types.ToArray();
    }
}

using System.ComponentModel.DataAnnotations.Schema;

namespace ResourceHub.Core.Events;

/// <summary>Something that happened to an aggregate, which other parts of the site react to in the same transaction.</summary>
public interface IDomainEvent;

/// <summary>An entity that raises domain events; <see cref="DispatchDomainEventsInterceptor"/> dispatches them on SaveChanges.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}

/// <summary>
/// The base of aggregates that raise events from their own methods, so that no write site can
/// forget a side effect: whoever changes the aggregate raises the event by doing so.
/// </summary>
public abstract class AggregateRoot : IHasDomainEvents
{
    private readonly List<IDomainEvent> _domainEvents = [];

    [NotMapped]
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}

/// <summary>
/// Reacts to <typeparamref name="TEvent"/> (or to any event deriving from it) inside the unit of
/// work that raised it: rows it adds to the DbContext commit with the change, or not at all.
/// </summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken ct);
}

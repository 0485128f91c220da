using Aims.Core.Common;
using System.Linq.Expressions;

namespace Aims.Core.Registers;

/// <summary>
/// One sortable column of a register: its API name and the keys it orders by. <see cref="AuditedEntity.Id"/> is always
/// the last key, so the order is total and consecutive pages never repeat or skip a row. Descending reverses every
/// key (the id too), so one index <c>(OrganizationId, keys…, Id)</c> serves both directions by scanning it backwards.
/// </summary>
public sealed class SortField<T>
    where T : AuditedEntity
{
    private readonly IReadOnlyList<Func<IQueryable<T>, bool, bool, IOrderedQueryable<T>>> _keys;

    /// <summary>A field without keys yet; add them in order with <see cref="Then{TKey}"/>.</summary>
    public SortField(string name)
        : this(name, [])
    {
    }

    private SortField(string name, IReadOnlyList<Func<IQueryable<T>, bool, bool, IOrderedQueryable<T>>> keys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _keys = keys;
    }

    /// <summary>The field as the API and the UI address spell it ("lifecycleStage").</summary>
    public string Name { get; }

    /// <summary>The next key: the first orders the rows, each further one orders rows equal on the previous (the id
    /// comes last, always).</summary>
    public SortField<T> Then<TKey>(Expression<Func<T, TKey>> key) => new(Name, [.. _keys, Key(key)]);

    internal IOrderedQueryable<T> Apply(IQueryable<T> query, bool descending)
    {
        if (_keys.Count == 0)
        {
            throw new InvalidOperationException($"Sort field '{Name}' has no keys.");
        }

        var ordered = _keys[0](query, true, descending);
        for (var i = 1; i < _keys.Count; i++)
        {
            ordered = _keys[i](ordered, false, descending);
        }

        return descending ? ordered.ThenByDescending(e => e.Id) : ordered.ThenBy(e => e.Id);
    }

    private static Func<IQueryable<T>, bool, bool, IOrderedQueryable<T>> Key<TKey>(Expression<Func<T, TKey>> key) =>
        (query, first, descending) => (first, descending) switch
        {
            (true, false) => query.OrderBy(key),
            (true, true) => query.OrderByDescending(key),
            (false, false) => ((IOrderedQueryable<T>)query).ThenBy(key),
            (false, true) => ((IOrderedQueryable<T>)query).ThenByDescending(key),
        };
}

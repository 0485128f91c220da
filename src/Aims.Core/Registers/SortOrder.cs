using Aims.Core.Common;

namespace Aims.Core.Registers;

/// <summary>A parsed sort: the field and its direction, applied as a total order (see <see cref="SortField{T}"/>).</summary>
public sealed record SortOrder<T>(SortField<T> Field, bool Descending)
    where T : AuditedEntity
{
    public IOrderedQueryable<T> Apply(IQueryable<T> query) => Field.Apply(query, Descending);

    /// <summary>The sort as the API spells it, e.g. "-updatedAt".</summary>
    public override string ToString() => (Descending ? "-" : "") + Field.Name;
}

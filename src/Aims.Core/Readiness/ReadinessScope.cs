using Aims.Core.Data;

namespace Aims.Core.Readiness;

/// <summary>What a rule evaluates: one organization's records (a context already scoped to it) at one moment.</summary>
/// <param name="Db">Tenant-scoped, read-only use.</param>
/// <param name="OrganizationId">The organization.</param>
/// <param name="OrganizationSlug">For the links in reasons (<c>/o/{slug}/…</c>).</param>
/// <param name="At">The moment evaluated (now, for a live view).</param>
/// <param name="Today">The organization's calendar day at <paramref name="At"/> (due and review dates compare to it).</param>
public sealed record ReadinessScope(AimsDbContext Db, Guid OrganizationId, string OrganizationSlug, DateTimeOffset At, DateOnly Today)
{
    private readonly Dictionary<Type, object> _facts = [];

    /// <summary>A link into the organization's pages.</summary>
    public string Page(string path) => $"/o/{OrganizationSlug}/{(path ?? "").TrimStart('/')}";

    /// <summary>
    /// Facts several rules share (e.g. every controlled document's links and state), loaded once per evaluation:
    /// fifty rules then cost one query, not fifty. Rules run one after another, so no lock is needed.
    /// </summary>
    public async Task<T> FactsAsync<T>(Func<AimsDbContext, CancellationToken, Task<T>> load, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(load);
        if (_facts.TryGetValue(typeof(T), out var known))
        {
            return (T)known;
        }

        var facts = await load(Db, ct);
        _facts[typeof(T)] = facts;
        return facts;
    }
}

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// Alternatives for one target: the item is as ready as the best of them (a control is evidenced by a document in
/// force <em>or</em> by current evidence, not only by both). The reasons are the best alternative's.
/// </summary>
internal sealed class BestOfRule(string target, string title, params IReadOnlyList<IReadinessRule> alternatives) : IReadinessRule
{
    public string Target { get; } = target;
    public string Title { get; } = title;

    public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
    {
        ReadinessFinding? best = null;
        foreach (var rule in alternatives)
        {
            var finding = await rule.EvaluateAsync(scope, ct);
            if (best is null || finding.Score > best.Score)
            {
                best = finding;
            }
        }

        return best ?? ReadinessFinding.NotMet();
    }
}

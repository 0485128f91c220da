namespace Aims.Core.Readiness.Rules;

/// <summary>
/// Clause 4.4 asks that the AIMS is established, implemented, maintained and improved. Whether it is established is
/// what the guided start judges from the records, step by step: this rule reads the same steps, so the two never disagree.
/// </summary>
internal sealed class EstablishedRule : IReadinessRule
{
    public string Target => "4.4";
    public string Title => "The AIMS established: every step of the guided start done";

    public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var steps = await StartGuide.EvaluateAsync(scope.Db, scope.OrganizationId, ct);
        var open = steps.Where(s => s.State != StartStepState.Done).ToList();
        var page = scope.Page("start");
        if (open.Count == 0)
        {
            return ReadinessFinding.Met(new ReadinessReason($"all {steps.Count} steps of establishing the AIMS are done.", page));
        }

        var reason = new ReadinessReason($"{steps.Count - open.Count} of {steps.Count} steps done; still to do: " +
            $"{ReadinessText.Some(open.Select(s => $"{s.Title} ({s.Clause})"))}.", scope.Page(open[0].Page));
        return open.Count == steps.Count ? ReadinessFinding.NotMet(reason) : ReadinessFinding.Partial((double)(steps.Count - open.Count) / steps.Count, reason);
    }
}

using System.Globalization;
using Aims.Core.Documents;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// Documented information a clause or control requires is under control: a document linked to it exists, has a
/// version in force (approved and published), is not overdue for review and — where the standard asks that it is
/// communicated, as for the AI policy — has been acknowledged by everyone it was sent to. The best linked document
/// counts; every shortfall is a reason with a link to the document or the page where to act.
/// </summary>
internal sealed class LinkedDocumentRule(string target, string title, bool mustBeAcknowledged) : IReadinessRule
{
    public string Target { get; } = target;
    public string Title { get; } = title;

    public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var linked = (await ControlledDocumentFacts.ForAsync(scope, ct)).ByTarget[Target].ToList();
        if (linked.Count == 0)
        {
            return ReadinessFinding.NotMet(new ReadinessReason(
                $"no controlled document is linked to {Target}. Link one, or start one from a template.", scope.Page("documents")));
        }

        return linked.Select(d => Judge(scope, d)).OrderByDescending(f => f.Score).First();
    }

    private ReadinessFinding Judge(ReadinessScope scope, ControlledDocumentFact document)
    {
        var href = scope.Page($"documents/{document.Id:D}");
        var name = $"'{document.Title}'";
        if (document.CurrentVersion is not { } version)
        {
            return ReadinessFinding.Partial(0.25, new ReadinessReason(
                $"{name} has no version in force yet ({StateText(document.State)}); it counts once a version is approved and published.", href));
        }

        if (document.NextReviewOn is { } due && due < scope.Today)
        {
            return ReadinessFinding.Partial(0.5, new ReadinessReason(
                $"{name} version {version} was due for review on {Day(due)}; record a review or publish a new version.", href));
        }

        var inForce = $"{name} version {version} is in force" +
                      (document.NextReviewOn is { } next ? $", next review {Day(next)}" : "");
        if (mustBeAcknowledged || document.Type == DocumentType.AiPolicy)
        {
            if (document.AskedToAcknowledge == 0)
            {
                return ReadinessFinding.Partial(0.75, new ReadinessReason(
                    $"{inForce}, but it is not sent to anyone for acknowledgement: the policy must be communicated.", href));
            }

            if (document.Acknowledged < document.AskedToAcknowledge)
            {
                return ReadinessFinding.Partial(0.75, new ReadinessReason(
                    $"{inForce}; {document.Acknowledged} of {document.AskedToAcknowledge} people asked have acknowledged it.", href));
            }

            return ReadinessFinding.Met(new ReadinessReason(
                $"{inForce}, acknowledged by all {document.AskedToAcknowledge} people asked.", href));
        }

        return ReadinessFinding.Met(new ReadinessReason(inForce + ".", href));
    }

    private static string StateText(DocumentState state) => state switch
    {
        DocumentState.Draft => "only a draft",
        DocumentState.InReview => "in review",
        DocumentState.Approved => "approved, not yet published",
        DocumentState.Retired => "retired",
        _ => state.ToString(),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

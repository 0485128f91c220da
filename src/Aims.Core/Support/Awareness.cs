namespace Aims.Core.Support;

/// <summary>
/// Whether a person is aware of the AIMS (clause 7.3), computed rather than typed: a member has acknowledged the version in
/// force of every AI policy, and everyone has current awareness training (a competence record marked as awareness).
/// Staff without an account cannot acknowledge in OpenAIMS, so for them the training — which covers the policy — is the record.
/// </summary>
/// <param name="PolicyAcknowledged">Null when they have no account; otherwise whether every AI policy in force is acknowledged
/// (false when no AI policy is in force yet).</param>
/// <param name="TrainedUntil">Until when their current awareness training is valid (null: current without expiry, or none — see <paramref name="Trained"/>).</param>
/// <param name="Missing">What stands between them and awareness, in words; empty when aware.</param>
public sealed record PersonAwareness(bool Aware, bool? PolicyAcknowledged, bool Trained, DateOnly? TrainedUntil, IReadOnlyList<string> Missing)
{
    public static PersonAwareness Of(bool member, bool policyInForce, bool policyAcknowledged, IEnumerable<CompetenceView> competences)
    {
        ArgumentNullException.ThrowIfNull(competences);
        var training = competences.Where(c => c.Awareness && c.Current).ToList();
        var trained = training.Count > 0;
        var until = !trained || training.Any(c => c.ValidUntil is null) ? null : training.Max(c => c.ValidUntil);
        bool? acknowledged = member ? policyInForce && policyAcknowledged : null;
        var missing = new List<string>();
        if (member && !policyInForce)
        {
            missing.Add("no AI policy is in force to acknowledge");
        }
        else if (acknowledged == false)
        {
            missing.Add("has not acknowledged the AI policy in force");
        }

        if (!trained)
        {
            missing.Add("no current awareness training");
        }

        return new PersonAwareness(missing.Count == 0, acknowledged, trained, until, missing);
    }

    /// <summary>One line for lists and exports: "aware" or what is missing.</summary>
    public string Summary => Aware
        ? TrainedUntil is { } until ? $"Aware (training valid until {until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)})" : "Aware"
        : Capitalized(string.Join("; ", Missing));

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

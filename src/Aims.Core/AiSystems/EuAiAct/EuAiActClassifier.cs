using Aims.Catalogs.EuAiAct;
using Aims.Core.Common;
using Aims.Core.Context;
using Aims.Core.Registers.Editing;
using Aims.Core.Text;

namespace Aims.Core.AiSystems.EuAiAct;

/// <summary>
/// Classifies a system under the EU AI Act from its answers and a rules version: the tier, the obligations that fall on
/// the operator role with their application dates, and whether each applies today. Pure: the same answers, rules and day
/// always give the same result, so a stored classification can be re-evaluated and compared.
/// </summary>
public static class EuAiActClassifier
{
    public static FieldErrors Check(EuAiActAnswers? answers, EuAiActCatalog rules, OperatorRole? recordedRole)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new FieldErrors();
        if (answers is null)
        {
            errors.Add("answers", "Send the questionnaire's answers as an object: { \"answers\": { … } }.");
            return errors;
        }

        if (answers.AiSystem is null)
        {
            errors.Add("answers.aiSystem", "Say whether it is an AI system in the Act's sense (true or false).");
        }

        if (answers.Role is null && recordedRole is null)
        {
            errors.Add("answers.role", $"Give the organization's operator role ({ApiNames.ListOf<OperatorRole>()}), or record it in the AI roles register.");
        }
        else if (answers.Role is { } role && !Enum.IsDefined(role))
        {
            errors.Add("answers.role", $"Unknown role. Use one of: {ApiNames.ListOf<OperatorRole>()}.");
        }

        Keys(errors, "answers.prohibitedPractices", answers.ProhibitedPractices, rules.ProhibitedPractices.Select(p => p.Key));
        Keys(errors, "answers.annexIIIAreas", answers.AnnexIIIAreas, rules.AnnexIIIAreas.Select(a => a.Key));
        Keys(errors, "answers.transparency", answers.Transparency, rules.TransparencyDuties.Select(t => t.Key));
        if (answers.Derogation == true)
        {
            if ((answers.AnnexIIIAreas ?? []).Count == 0)
            {
                errors.Add("answers.derogation", "The Art. 6(3) derogation is for systems in an Annex III area; name the area in annexIIIAreas.");
            }

            if (answers.DerogationCondition is null || rules.DerogationConditions.All(d => d.Key != answers.DerogationCondition))
            {
                errors.Add("answers.derogationCondition", "Name the Art. 6(3) condition the system meets: " +
                                                          string.Join(", ", rules.DerogationConditions.Select(d => d.Key)) + ".");
            }

            if (string.IsNullOrWhiteSpace(answers.DerogationJustification))
            {
                errors.Add("answers.derogationJustification",
                    "A derogation needs its documented justification (Art. 6(4)): why the system poses no significant risk of harm.");
            }
        }

        if (TextRules.Problem("Justification", answers.DerogationJustification, TextKind.MultiLine, DomainRules.LongTextMaxLength) is { } problem)
        {
            errors.Add("answers.derogationJustification", problem);
        }

        return errors;
    }

    /// <summary>The classification of checked answers (see <see cref="Check"/>) on <paramref name="today"/>.</summary>
    public static EuAiActResult Classify(EuAiActAnswers answers, OperatorRole role, EuAiActCatalog rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(rules);
        var practices = rules.ProhibitedPractices.Where(p => (answers.ProhibitedPractices ?? []).Contains(p.Key)).ToList();
        var areas = rules.AnnexIIIAreas.Where(a => (answers.AnnexIIIAreas ?? []).Contains(a.Key)).ToList();
        var duties = rules.TransparencyDuties.Where(t => (answers.Transparency ?? []).Contains(t.Key)).ToList();
        var derogated = areas.Count > 0 && answers.Derogation == true && answers.Profiling != true;
        var annexIII = areas.Count > 0 && !derogated;
        var annexI = answers.AnnexIProduct == true;
        var gpai = answers.GpaiModel == true && role == OperatorRole.Provider;
        var inScope = answers.AiSystem == true;
        var tier = !inScope ? EuAiActTier.OutOfScope
            : practices.Count > 0 ? EuAiActTier.Prohibited
            : annexI || annexIII ? EuAiActTier.High
            : duties.Any(d => d.Role == ApiNames.Of(role)) ? EuAiActTier.Limited
            : EuAiActTier.Minimal;

        var why = new List<string>();
        var obligations = new List<EuAiActObligationResult>();
        void Add(string article, string title, DateOnly from, string? record = null, string? evidence = null) =>
            obligations.Add(new EuAiActObligationResult(article, title, from, from <= today, record, evidence));

        if (inScope)
        {
            why.AddRange(practices.Select(p => $"{p.Article}: {p.Label}."));
            if (annexI)
            {
                why.Add("Art. 6(1): a product or safety component under Annex I legislation with third-party conformity assessment.");
            }

            why.AddRange(areas.Select(a => $"{a.Point} (Art. 6(2)): {a.Label}." + (derogated ? " Not high-risk under the Art. 6(3) derogation." : "")));
            if (areas.Count > 0 && answers.Derogation == true && answers.Profiling == true)
            {
                why.Add("Art. 6(3): the derogation does not apply because the system profiles natural persons.");
            }

            var roleName = ApiNames.Of(role);
            foreach (var o in rules.Obligations.Where(o => o.Roles.Contains(roleName)))
            {
                DateOnly? from = o.When switch
                {
                    "literacy" => rules.Dates.AiLiteracy,
                    "prohibited" when practices.Count > 0 => practices.Min(p => p.AppliesFrom),
                    "highRisk" when tier == EuAiActTier.High => HighRiskFrom(rules.Dates, annexIII, annexI),
                    "fria" when tier == EuAiActTier.High && annexIII && answers.FundamentalRightsAssessmentDeployer == true => rules.Dates.AnnexIIIHighRisk,
                    "derogation" when derogated => rules.Dates.AnnexIIIHighRisk,
                    _ => null,
                };
                if (from is { } date)
                {
                    Add(o.Article, o.Title, date, o.Record, o.Evidence);
                }
            }

            foreach (var duty in duties.Where(d => d.Role == roleName && tier != EuAiActTier.Prohibited))
            {
                Add(duty.Article, "Transparency: " + duty.Label, rules.Dates.Transparency);
            }
        }
        else
        {
            why.Add("Not an AI system in the Act's sense (Art. 3(1)): the Act's duties for AI systems do not apply.");
        }

        if (gpai)
        {
            why.Add("Chapter V: the organization provides a general-purpose AI model" + (answers.GpaiSystemicRisk == true ? " with systemic risk." : "."));
            foreach (var o in rules.Obligations.Where(o => o.When == "gpai" || (o.When == "gpaiSystemicRisk" && answers.GpaiSystemicRisk == true)))
            {
                Add(o.Article, o.Title, rules.Dates.Gpai, o.Record, o.Evidence);
            }
        }

        return new EuAiActResult(tier, role, gpai, rules.Version, why,
            [.. obligations.OrderBy(o => ArticleOrder(o.Article)).ThenBy(o => o.Article, StringComparer.Ordinal)]);
    }

    // Both routes: the earlier date governs (the Annex III duties bite first).
    private static DateOnly HighRiskFrom(EuAiActDates dates, bool annexIII, bool annexI) =>
        annexIII && annexI ? (dates.AnnexIIIHighRisk < dates.AnnexIHighRisk ? dates.AnnexIIIHighRisk : dates.AnnexIHighRisk)
        : annexIII ? dates.AnnexIIIHighRisk : dates.AnnexIHighRisk;

    private static int ArticleOrder(string article)
    {
        var digits = new string([.. article.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit)]);
        return int.TryParse(digits, out var n) ? n : int.MaxValue;
    }

    private static void Keys(FieldErrors errors, string field, IReadOnlyList<string>? given, IEnumerable<string> known)
    {
        var allowed = known.ToList();
        if (given?.FirstOrDefault(g => !allowed.Contains(g)) is { } unknown)
        {
            errors.Add(field, $"'{unknown}' is not one of: {string.Join(", ", allowed)}.");
        }
        else if (given is not null && given.Distinct(StringComparer.Ordinal).Count() != given.Count)
        {
            errors.Add(field, "A value is listed twice.");
        }
    }
}

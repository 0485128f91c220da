using Aims.Core.Context;

namespace Aims.Core.AiSystems.EuAiAct;

/// <summary>
/// The answers to the EU AI Act questionnaire (served at <c>GET /api/v1/catalogs/eu-ai-act</c>); list values are the
/// catalog's keys. Left out, a yes/no answer counts as no; <see cref="Role"/> left out is read from the AI roles register.
/// </summary>
public sealed record EuAiActAnswers
{
    /// <summary>Is it an AI system in the Act's sense (Art. 3(1)): a machine-based system that infers from its input how to
    /// generate outputs such as predictions, content, recommendations or decisions? No means out of scope.</summary>
    public bool? AiSystem { get; init; }

    /// <summary>The organization's operator role for this system.</summary>
    public OperatorRole? Role { get; init; }

    /// <summary>Art. 5 practices the system performs (keys of <c>prohibitedPractices</c>).</summary>
    public IReadOnlyList<string>? ProhibitedPractices { get; init; }

    /// <summary>A product, or a safety component of one, under Annex I legislation that needs third-party conformity assessment (Art. 6(1)).</summary>
    public bool? AnnexIProduct { get; init; }

    /// <summary>Annex III areas it is used in (keys of <c>annexIIIAreas</c>; Art. 6(2)).</summary>
    public IReadOnlyList<string>? AnnexIIIAreas { get; init; }

    /// <summary>The provider relies on the Art. 6(3) derogation: no significant risk despite the Annex III use.</summary>
    public bool? Derogation { get; init; }

    /// <summary>Which Art. 6(3) condition it meets (a key of <c>derogationConditions</c>).</summary>
    public string? DerogationCondition { get; init; }

    /// <summary>The documented assessment behind the derogation (Art. 6(4)); required with it.</summary>
    public string? DerogationJustification { get; init; }

    /// <summary>It profiles natural persons: then an Annex III system is always high-risk, whatever the derogation.</summary>
    public bool? Profiling { get; init; }

    /// <summary>Art. 50 situations (keys of <c>transparencyDuties</c>).</summary>
    public IReadOnlyList<string>? Transparency { get; init; }

    /// <summary>The deployer is a public body, provides a public service, or uses it for credit scoring or life and health
    /// insurance pricing (Annex III 5(b), 5(c)): a fundamental rights impact assessment is due (Art. 27).</summary>
    public bool? FundamentalRightsAssessmentDeployer { get; init; }

    /// <summary>The organization provides a general-purpose AI model (Chapter V).</summary>
    public bool? GpaiModel { get; init; }

    /// <summary>That model has systemic risk (high-impact capabilities, presumed above 10^25 training FLOPs; Art. 51).</summary>
    public bool? GpaiSystemicRisk { get; init; }
}

/// <summary>The request body of <c>POST …/ai-systems/{id}/eu-ai-act</c>.</summary>
public sealed record EuAiActRequest(EuAiActAnswers? Answers);

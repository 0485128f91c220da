using System.Text.Json.Nodes;
using Aims.Evidence.Drift;

namespace Aims.Evidence.Documents;

/// <summary>
/// One evidence run: the envelope shared by fairness and drift results. Field names are part of the public contract
/// (docs/evidence.md); rename nothing without bumping <see cref="EngineInfo.Schema"/>.
/// </summary>
public sealed record EvidenceDocument
{
    /// <summary>Document schema identifier, e.g. "openaims.evidence/1".</summary>
    public required string Schema { get; init; }

    /// <summary>"fairness" or "drift".</summary>
    public required string Kind { get; init; }

    /// <summary>The engine that produced the document.</summary>
    public required EngineDescriptor Engine { get; init; }

    /// <summary>UTC time the run finished (ISO 8601).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Reference libraries whose semantics the numbers reproduce.</summary>
    public required IReadOnlyList<ReferenceConvention> Conventions { get; init; }

    /// <summary>Input files with their SHA-256, so the evidence can be tied to exact bytes.</summary>
    public required IReadOnlyList<InputFileInfo> Inputs { get; init; }

    /// <summary>Rows read, used and dropped (with reasons).</summary>
    public required RowAccounting Rows { get; init; }

    /// <summary>Every parameter that influenced the numbers, defaults included.</summary>
    public required JsonObject Parameters { get; init; }

    /// <summary>Fairness results; null for drift documents.</summary>
    public FairnessReport? Fairness { get; init; }

    /// <summary>Drift results; null for fairness documents.</summary>
    public DriftReport? Drift { get; init; }

    /// <summary>One verdict per configured threshold (and grouping, for fairness).</summary>
    public required IReadOnlyList<Verdict> Verdicts { get; init; }

    /// <summary>True when at least one verdict has status "breach".</summary>
    public required bool Breach { get; init; }

    /// <summary>Data-quality notes (small groups, groups without positives, dropped rows, …).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}

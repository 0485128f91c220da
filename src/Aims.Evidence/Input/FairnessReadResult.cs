using Aims.Evidence.Fairness;

namespace Aims.Evidence.Input;

/// <summary>What a fairness read produced: the counts, row accounting and notes for the document.</summary>
internal sealed record FairnessReadResult(
    FairnessCounts Counts,
    ReadStats Stats,
    string Format,
    string Sha256,
    long SizeBytes,
    IReadOnlyList<string> Warnings);

using Aims.Evidence.Fairness;

namespace Aims.Evidence.Input;

/// <summary>
/// What a fairness read produced: the counts, row accounting and notes for the document. The input's SHA-256 may still
/// be computing when the counts are ready; await <see cref="Sha256"/> when the document needs it.
/// </summary>
internal sealed record FairnessReadResult(
    FairnessCounts Counts,
    ReadStats Stats,
    string Format,
    Task<string> Sha256,
    long SizeBytes,
    IReadOnlyList<string> Warnings);

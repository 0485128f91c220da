namespace Aims.Core.Readiness;

/// <summary>A clause or control with its combined status, score and every rule's reasons.</summary>
public sealed record ReadinessItem(string Id, string Title, ReadinessStatus Status, double Score, IReadOnlyList<ReadinessReason> Reasons);

namespace Aims.Web.Readiness;

/// <summary>One recorded day of the readiness trend.</summary>
public sealed record ReadinessTrendPoint(DateOnly Day, double Score);

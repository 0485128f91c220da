namespace Aims.Evidence.Documents;

/// <summary>Empty cells of the cartesian product of attribute values.</summary>
/// <param name="Count">How many intersections had no rows.</param>
/// <param name="Examples">Up to 100 of their labels.</param>
public sealed record EmptyIntersections(long Count, IReadOnlyList<string> Examples);

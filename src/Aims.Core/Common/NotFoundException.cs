namespace Aims.Core.Common;

/// <summary>The record does not exist in the caller's organization (or the caller may not know it exists).</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");

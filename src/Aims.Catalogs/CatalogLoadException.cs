namespace Aims.Catalogs;

/// <summary>
/// Thrown when catalog data cannot be read or breaks a rule (duplicate id, dangling reference, wrong count…).
/// </summary>
/// <remarks>
/// Catalog data is the platform's statement of what the standard requires; serving a half-valid catalog would put
/// wrong ids into SoAs and audit checklists, so loading fails loudly instead. The message always names the resource
/// and the problem.
/// </remarks>
public sealed class CatalogLoadException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public CatalogLoadException()
        : base("The catalog could not be loaded.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CatalogLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public CatalogLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a named resource and a specific problem.</summary>
    /// <param name="sourceName">The resource or file the catalog came from.</param>
    /// <param name="problem">What is wrong, e.g. "duplicate control id 'A.2.2'".</param>
    /// <param name="innerException">The underlying cause, if any (e.g. a JSON parse error).</param>
    public CatalogLoadException(string sourceName, string problem, Exception? innerException)
        : base($"Catalog '{sourceName}' is invalid: {problem}", innerException)
    {
        SourceName = sourceName;
        Problem = problem;
    }

    /// <summary>The resource or file the catalog came from, when known.</summary>
    public string? SourceName { get; }

    /// <summary>The specific problem found, when known.</summary>
    public string? Problem { get; }
}

using Aims.Catalogs.Loading;

namespace Aims.Catalogs;

/// <summary>
/// The catalogs shipped with the platform, loaded once from embedded resources and validated on first use.
/// </summary>
/// <remarks>
/// Catalogs are embedded rather than read from disk so a deployment can never pair the code with a different
/// version of the data. Records elsewhere store (<see cref="StandardCatalog.Id"/>, <see cref="StandardCatalog.Version"/>,
/// item id) and resolve items through this class.
/// </remarks>
public static class CatalogLibrary
{
    /// <summary>Catalog id of ISO/IEC 42001:2023, as stored on records.</summary>
    public const string Iso42001Id = "iso42001";

    /// <summary>Manifest name of the embedded ISO/IEC 42001:2023 data file.</summary>
    public const string Iso42001ResourceName = "Aims.Catalogs.Data.iso42001-2023.json";

    // ExecutionAndPublication: the file is parsed and validated exactly once even under concurrent first use.
    private static readonly Lazy<StandardCatalog> LazyIso42001 =
        new(() => LoadEmbedded(Iso42001ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<IReadOnlyList<StandardCatalog>> LazyAll =
        new(() => [Iso42001], LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>ISO/IEC 42001:2023: clauses 4–10, Annex A and Annex C.</summary>
    /// <exception cref="CatalogLoadException">The embedded data is missing or invalid (a build defect).</exception>
    public static StandardCatalog Iso42001 => LazyIso42001.Value;

    /// <summary>Every catalog shipped with the platform.</summary>
    public static IReadOnlyList<StandardCatalog> All => LazyAll.Value;

    /// <summary>Finds a shipped catalog by id ("iso42001", case-insensitive); <see langword="null"/> if unknown.</summary>
    public static StandardCatalog? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Reads and validates a catalog from a stream. Used for the embedded data, and by tests and tools that need to
    /// check a candidate data file before it is shipped.
    /// </summary>
    /// <param name="stream">UTF-8 JSON in the catalog format (camelCase).</param>
    /// <param name="sourceName">Name of the file or resource, used in error messages.</param>
    /// <returns>The validated catalog with every list in natural identifier order.</returns>
    /// <exception cref="CatalogLoadException">The JSON is malformed or breaks a catalog rule; the message says which.</exception>
    public static StandardCatalog Load(Stream stream, string sourceName) => CatalogReader.Read(stream, sourceName);

    private static StandardCatalog LoadEmbedded(string resourceName)
    {
        using var stream = typeof(CatalogLibrary).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new CatalogLoadException(
                resourceName,
                "the embedded resource does not exist in " + typeof(CatalogLibrary).Assembly.GetName().Name,
                null);
        return Load(stream, resourceName);
    }
}

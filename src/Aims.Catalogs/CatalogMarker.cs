namespace Aims.Catalogs;

/// <summary>Anchor type used to locate this assembly's embedded catalog data.</summary>
public static class CatalogAssembly
{
    public static System.Reflection.Assembly Assembly => typeof(CatalogAssembly).Assembly;
}

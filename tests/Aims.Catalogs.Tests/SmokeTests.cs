namespace Aims.Catalogs.Tests;

public class SmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.NotNull(CatalogAssembly.Assembly);
}

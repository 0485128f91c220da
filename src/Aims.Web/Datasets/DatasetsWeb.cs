using Aims.Core.Datasets;
using Aims.Web.Registers;

namespace Aims.Web.Datasets;

/// <summary>The data register's page text, and its API at <c>/api/v1/orgs/{org}/datasets</c>. Thin: every rule lives in Core.</summary>
public static class DatasetsWeb
{
    public static RegisterPageText Page { get; } = new("Data register", "A.7.2",
        "The datasets your AI systems are built, tested and run on: what each is for, where it comes from and how you acquired " +
        "it, whether it holds personal data and on what legal basis, the quality it must have and has shown, how it was " +
        "prepared and how long it is kept. What Annex A.7 expects and a dataset does not record yet is listed as its gaps.",
        "For this AI system, which data was it trained and tested on, where did that data come from, on what terms, and how do " +
        "you know its quality is good enough for the people it affects? Expect to show provenance and a quality report.",
        "name");

    public static IServiceCollection AddDatasetPages(this IServiceCollection services) =>
        services.AddEditedRegister<DatasetService, Dataset, DatasetView, DatasetInput>(Page);

    public static RouteGroupBuilder MapDatasetsApi(this RouteGroupBuilder org)
    {
        org.MapEditedRegister<DatasetService, Dataset, DatasetView, DatasetInput>("Data register (A.7)");
        return org;
    }
}

using Aims.Core.Access;
using Aims.Core.AiSystems.EuAiAct;
using Aims.Core.AiSystems.Lifecycle;
using Aims.Core.Data;
using Aims.Core.Datasets;
using Aims.Core.Documents;
using Aims.Core.Evidence;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Aims.Core.ThirdParties;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.AiSystems.Dossier;

/// <summary>
/// Gathers an <see cref="AiSystemDossier"/>: each part through the use case that owns it, so the dossier shows exactly
/// what the system's pages show and applies the same permissions (a linked record the caller may not read is named,
/// never opened). Reading changes nothing, so nothing is ledgered.
/// </summary>
public sealed class AiSystemDossierService(
    IDbContextFactory<AimsDbContext> dbFactory,
    AiSystemService systems,
    LifecycleService lifecycle,
    EuAiActService euAiAct,
    DatasetService datasets,
    ThirdPartyService thirdParties,
    DocumentService documents,
    EvidenceService evidence,
    TimeProvider clock)
{
    public async Task<AiSystemDossier> GetAsync(Caller caller, Guid systemId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var system = await systems.GetAsync(caller, systemId, ct);
        var stages = await lifecycle.GetAsync(caller, systemId, ct);
        var classification = await euAiAct.FindAsync(caller, systemId, ct);
        string organization;
        await using (var db = await dbFactory.OpenForAsync(caller, ct))
        {
            organization = await db.Organizations.AsNoTracking().Where(o => o.Id == caller.OrganizationId).Select(o => o.Name).FirstAsync(ct);
        }

        return new AiSystemDossier(organization, system, stages, classification,
            await LinkedAsync(caller, datasets.Register, system.Datasets, ct),
            await LinkedAsync(caller, thirdParties.Register, system.ThirdParties, ct),
            await LinkedAsync(caller, documents.Register, system.Documents, ct),
            await LinkedAsync(caller, evidence.Register, system.Evidence, ct),
            clock.GetUtcNow(), caller.Actor);
    }

    private static async Task<DossierRecords<TView>> LinkedAsync<T, TView>(Caller caller, Register<T, TView> register, IReadOnlyList<RecordRef> links,
        CancellationToken ct)
        where T : RegisterRecord
        where TView : IRegisterView
    {
        var columns = register.Definition.Columns;
        if (!caller.Can(register.Definition.Permissions.Read))
        {
            return new DossierRecords<TView>(columns, [], links);
        }

        var records = new List<TView>(links.Count);
        var missing = new List<RecordRef>();
        foreach (var link in links)
        {
            if (Guid.TryParse(link.Id, out var id))
            {
                records.Add(await register.GetAsync(caller, id, ct));
            }
            else
            {
                missing.Add(link);
            }
        }

        return new DossierRecords<TView>(columns, records, missing);
    }
}

using Aims.Core.AiSystems.EuAiAct;
using Aims.Core.AiSystems.Lifecycle;
using Aims.Core.Datasets;
using Aims.Core.Documents.Views;
using Aims.Core.Evidence;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Aims.Core.ThirdParties;

namespace Aims.Core.AiSystems.Dossier;

/// <summary>
/// Everything an auditor samples about one AI system (clause 8, A.6, A.7, A.9, A.10), read at one moment for its dossier:
/// the profile, the life cycle with its gate timeline, the EU AI Act classification (null: not classified yet), and the
/// datasets, third parties, documents and evidence linked to it, each with the columns its own register declares.
/// </summary>
public sealed record AiSystemDossier(
    string OrganizationName,
    AiSystemView System,
    LifecycleView Lifecycle,
    EuAiActClassificationView? EuAiAct,
    DossierRecords<DatasetView> Datasets,
    DossierRecords<ThirdPartyView> ThirdParties,
    DossierRecords<DocumentView> Documents,
    DossierRecords<EvidenceItemView> Evidence,
    DateTimeOffset GeneratedAt,
    string GeneratedBy);

/// <summary>
/// Linked records of one register with the columns that register exports (so a field added there shows here too).
/// <see cref="NotReadable"/> names the linked records the caller's role may not open (their names are on the system already).
/// </summary>
public sealed record DossierRecords<TView>(IReadOnlyList<RegisterColumn<TView>> Columns, IReadOnlyList<TView> Records,
    IReadOnlyList<RecordRef> NotReadable);

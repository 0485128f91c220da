namespace Aims.Core.Access;

/// <summary>
/// Named permissions. Every API endpoint and page declares exactly one; the <see cref="PermissionMatrix"/> says
/// which roles hold it. String constants (not an enum) so they read well in endpoint metadata, logs and docs.
/// </summary>
public static class Permissions
{
    /// <summary>Read the standards catalogs; any signed-in user or token, no organization needed.</summary>
    public const string CatalogRead = "catalog.read";

    public const string OrganizationRead = "organization.read";
    public const string AiSystemsRead = "ai-systems.read";
    public const string AiSystemsWrite = "ai-systems.write";
    public const string AiSystemsArchive = "ai-systems.archive";
    public const string LedgerRead = "ledger.read";
    public const string MembersManage = "members.manage";
    public const string TokensManage = "tokens.manage";

    /// <summary>Controlled documents (7.5): read versions, and write drafts.</summary>
    public const string DocumentsRead = "documents.read";
    public const string DocumentsWrite = "documents.write";

    /// <summary>Approve and publish a version when the document names no approvers of its own (named approvers may
    /// approve what they are named for whatever their role).</summary>
    public const string DocumentsApprove = "documents.approve";
    public const string DocumentsArchive = "documents.archive";

    /// <summary>The evidence library (files, links, computed results).</summary>
    public const string EvidenceRead = "evidence.read";
    public const string EvidenceWrite = "evidence.write";
    public const string EvidenceArchive = "evidence.archive";

    /// <summary>The records that establish the AIMS (clauses 4–7): context, interested parties and their requirements,
    /// objectives and their measurements, roles, scope, planned changes, resources, people.</summary>
    public const string ManagementRead = "management.read";
    public const string ManagementWrite = "management.write";
    public const string ManagementArchive = "management.archive";

    /// <summary>The AI risk register (6.1.2–6.1.3): risks, their ratings, treatment and acceptance requests. Who may
    /// decide an acceptance is not a permission but the band's authority in the risk criteria.</summary>
    public const string RisksRead = "risks.read";
    public const string RisksWrite = "risks.write";
    public const string RisksArchive = "risks.archive";

    /// <summary>Draft and approve the risk criteria (6.1.1).</summary>
    public const string RisksManage = "risks.manage";

    /// <summary>Readiness for certification, computed from the records.</summary>
    public const string ReadinessRead = "readiness.read";

    public static IReadOnlyList<string> All { get; } =
    [
        CatalogRead, OrganizationRead, AiSystemsRead, AiSystemsWrite, AiSystemsArchive, LedgerRead, MembersManage,
        TokensManage, DocumentsRead, DocumentsWrite, DocumentsApprove, DocumentsArchive, EvidenceRead, EvidenceWrite,
        EvidenceArchive, ManagementRead, ManagementWrite, ManagementArchive, RisksRead, RisksWrite, RisksArchive, RisksManage, ReadinessRead,
    ];
}

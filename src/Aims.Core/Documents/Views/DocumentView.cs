using Aims.Core.Registers;

namespace Aims.Core.Documents.Views;

/// <summary>
/// A document as lists, the detail page and exports show it: names resolved, clause and control ids in the catalog's
/// order, and the computed parts (state, version in force, version being worked on, review schedule) with reasons.
/// </summary>
public sealed record DocumentView(
    Guid Id,
    string Title,
    DocumentType Type,
    Guid OwnerId,
    string? OwnerName,
    DocumentClassification Classification,
    int ReviewIntervalMonths,
    int? RetentionMonths,
    IReadOnlyList<string> Clauses,
    IReadOnlyList<string> Controls,
    IReadOnlyList<AiSystemRef> AiSystems,
    DocumentApproversView Approvers,
    DocumentAudienceView Acknowledgers,
    DocumentState State,
    CurrentVersionView? CurrentVersion,
    PendingVersionView? PendingVersion,
    DocumentReviewView Review,
    DateTimeOffset? ArchivedAt,
    string? ArchiveReason,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    long Version) : IRegisterView;
